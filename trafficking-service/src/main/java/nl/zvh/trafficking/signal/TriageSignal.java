package nl.zvh.trafficking.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import nl.zvh.platform.programme.ProgrammeStart;
import nl.zvh.platform.programme.TriageDecision;

/**
 * A signal as triage's decision brings it into the coordinator's inbox: the main person is the presumed victim,
 * system members are other persons involved (their relation as notes). The exploitation type is not known from triage:
 * OTHER_UNCLEAR until the coordinator reclassifies; the triage table's rationale is the description.
 */
public record TriageSignal(ProgrammeStart.Start start) {
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    Signal toSignal() {
        TriageDecision decision = start.decision();
        Signal signal = new Signal();
        signal.id = java.util.UUID.randomUUID();
        signal.house = start.house();
        signal.receivedOn = decision.decidedAt() == null
                ? LocalDate.now(ZONE)
                : decision.decidedAt().atZone(ZONE).toLocalDate();
        signal.channel = Channel.TRIAGE;
        signal.sourceType = SourceType.OTHER;
        signal.sourceName = decision.referrerOrganisation() == null ? "Triage" : decision.referrerOrganisation();
        signal.reporterOrganisation = signal.sourceName;
        signal.sourceReferralId = start.referralId();
        signal.municipality = start.municipality();
        signal.exploitationTypes = EnumSet.of(ExploitationType.OTHER_UNCLEAR);
        signal.primaryExploitationType = ExploitationType.OTHER_UNCLEAR;
        signal.residenceStatus = ResidenceStatus.UNKNOWN;
        signal.description = decision.rationale();
        signal.createdAt = Instant.now();
        TriageDecision.Person main = start.main();
        signal.add(person(main, PersonRole.PRESUMED_VICTIM, null));
        signal.minor = Signal.minorAt(signal.receivedOn, main.dateOfBirth(), null);
        for (TriageDecision.Person p : start.persons()) {
            if (p != main) {
                signal.add(person(p, PersonRole.FAMILY_MEMBER, p.relation()));
            }
        }
        return signal;
    }

    private static SignalPerson person(TriageDecision.Person p, PersonRole role, String notes) {
        return new SignalPerson(role, p.identity(), null, null, notes);
    }
}
