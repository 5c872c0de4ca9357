package nl.zvh.trafficking.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;

/** A signal as the house's coordinator sees it, with outcome and national registration. */
public record SignalView(UUID id, String house, LocalDate receivedOn, Channel channel, SourceType sourceType,
        String sourceName, String reporterOrganisation, String externalReference, UUID sourceReferralId,
        String municipality, Set<ExploitationType> exploitationTypes, ExploitationType primaryExploitationType,
        List<String> indicators, ResidenceStatus residenceStatus, Boolean minor, boolean alsoSuspect,
        String victimPerspective, String perpetratorPerspective, String description, PersonView presumedVictim,
        List<PersonView> otherPersons, Outcome outcome, LocalDate outcomeOn, String advice, String outcomeRationale,
        UUID approachId, NationalRegistration nationalRegistration) {

    /** A person of the signal. */
    public record PersonView(UUID id, PersonRole role, String firstName, String surnamePrefix, String lastName,
            LocalDate dateOfBirth, Integer estimatedAge, String nationality, String bsn, String notes) {
        static PersonView of(SignalPerson p) {
            PersonIdentity i = p.identity();
            return new PersonView(p.id(), p.role(), i.firstName(), i.surnamePrefix(), i.lastName(), i.dateOfBirth(),
                    p.estimatedAge(), p.nationality(), i.bsn(), p.notes());
        }
    }

    /** Whether and when the victim was reported to CoMensha (the national coordination centre), by whom, reference. */
    public record NationalRegistration(Boolean reported, LocalDate reportedOn, String reportingOrganisation,
            String reference) {
    }

    public static SignalView of(Signal s, UUID approachId) {
        return new SignalView(s.id, s.house, s.receivedOn, s.channel, s.sourceType, s.sourceName,
                s.reporterOrganisation, s.externalReference, s.sourceReferralId, s.municipality,
                Set.copyOf(s.exploitationTypes), s.primaryExploitationType, List.copyOf(s.indicators),
                s.residenceStatus, s.minor, s.alsoSuspect, s.victimPerspective, s.perpetratorPerspective, s.description,
                PersonView.of(s.victim()),
                s.persons.stream().filter(p -> p.role() != PersonRole.PRESUMED_VICTIM).map(PersonView::of).toList(),
                s.outcome, s.outcomeOn, s.advice, s.outcomeRationale, approachId,
                new NationalRegistration(s.reportedToNationalCentre, s.nationalReportOn,
                        s.nationalReportingOrganisation, s.nationalReportReference));
    }
}
