package nl.zvh.trafficking.triage;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.inbox.IdempotentConsumer;
import nl.zvh.trafficking.reference.Municipalities;
import nl.zvh.trafficking.signal.Channel;
import nl.zvh.trafficking.signal.ExploitationType;
import nl.zvh.trafficking.signal.PersonRole;
import nl.zvh.trafficking.signal.ResidenceStatus;
import nl.zvh.trafficking.signal.Signal;
import nl.zvh.trafficking.signal.SignalPerson;
import nl.zvh.trafficking.signal.SourceType;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * {@code TriageDecided} v1 (owned by triage-service) with outcome APPROACH_STARTED and programme TRAFFICKING becomes a
 * signal in the coordinator's inbox, once per referral; the main person is the presumed victim, system members are
 * other persons involved. The exploitation type is not known from triage: OTHER_UNCLEAR until the coordinator
 * reclassifies. Other outcomes and programmes are ignored. Logs carry ids only.
 */
@ApplicationScoped
public class TriageDecisionsConsumer {
    private static final Logger LOG = Logger.getLogger(TriageDecisionsConsumer.class);
    static final String CONSUMER = "trafficking-triage-decisions";
    static final String PROGRAMME = "TRAFFICKING";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** TriageDecided v1 as this service reads it (lenient: other fields ignored). */
    public record TriageDecided(UUID referralId, String house, Instant decidedAt, String outcome, String programme,
                                String municipality, String referrerOrganisation, String rationale,
                                List<Person> persons) {
    }

    /** A person of TriageDecided v1. */
    public record Person(UUID personId, String role, String relation, String firstName, String surnamePrefix,
                         String lastName, LocalDate dateOfBirth, String bsn) {
    }

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    Municipalities municipalities;

    @Incoming("triage-decisions")
    @Blocking
    public void onTriageDecision(String json) {
        idempotent.consume(CONSUMER, json, "TriageDecided", TriageDecided.class, this::apply);
    }

    void apply(EventEnvelope envelope, TriageDecided event) {
        if (!PROGRAMME.equals(event.programme()) || !"APPROACH_STARTED".equals(event.outcome())) {
            return;
        }
        if (event.referralId() == null || Signal.count("sourceReferralId", event.referralId()) > 0) {
            return; // the same referral under another event id: keep the first signal
        }
        String house = event.house() != null ? event.house() : envelope.house();
        Person main = event.persons() == null ? null
                : event.persons().stream().filter(p -> "MAIN".equals(p.role())).findFirst().orElse(null);
        if (house == null || main == null || !municipalities.isMunicipalityOf(house, event.municipality())) {
            LOG.warnf("TriageDecided %s for referral %s lacks a main person or a municipality of its house; ignored",
                    envelope.id(), event.referralId());
            return;
        }
        Signal signal = new Signal();
        signal.id = UUID.randomUUID();
        signal.house = house;
        signal.receivedOn = event.decidedAt() == null ? LocalDate.now(ZONE) : event.decidedAt().atZone(ZONE).toLocalDate();
        signal.channel = Channel.TRIAGE;
        signal.sourceType = SourceType.OTHER;
        signal.sourceName = event.referrerOrganisation() == null ? "Triage" : event.referrerOrganisation();
        signal.reporterOrganisation = signal.sourceName;
        signal.sourceReferralId = event.referralId();
        signal.municipality = event.municipality();
        signal.exploitationTypes = EnumSet.of(ExploitationType.OTHER_UNCLEAR);
        signal.primaryExploitationType = ExploitationType.OTHER_UNCLEAR;
        signal.residenceStatus = ResidenceStatus.UNKNOWN;
        signal.description = event.rationale();
        signal.createdAt = Instant.now();
        signal.add(person(main, PersonRole.PRESUMED_VICTIM));
        signal.minor = Signal.minorAt(signal.receivedOn, main.dateOfBirth(), null);
        for (Person p : event.persons()) {
            if (p != main) {
                SignalPerson other = person(p, PersonRole.FAMILY_MEMBER);
                other.notes = p.relation();
                signal.add(other);
            }
        }
        signal.persist();
        LOG.infof("signal %s opened from triage decision %s (referral %s)", signal.id, envelope.id(),
                event.referralId());
    }

    private static SignalPerson person(Person p, PersonRole role) {
        SignalPerson person = new SignalPerson();
        person.id = p.personId() == null ? UUID.randomUUID() : p.personId();
        person.role = role;
        person.firstName = p.firstName();
        person.surnamePrefix = p.surnamePrefix();
        person.lastName = p.lastName();
        person.dateOfBirth = p.dateOfBirth();
        person.bsn = p.bsn();
        return person;
    }
}
