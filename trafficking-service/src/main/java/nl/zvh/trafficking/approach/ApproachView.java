package nl.zvh.trafficking.approach;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.zvh.trafficking.signal.ExploitationType;
import nl.zvh.trafficking.signal.Signal;
import nl.zvh.trafficking.signal.SignalPerson;
import nl.zvh.trafficking.signal.SignalView;

/** A coordinated approach with its care route, as the house's coordinator sees it. */
public record ApproachView(UUID id, UUID signalId, String house, String municipality, ApproachStatus status,
        LocalDate startedOn, String startedBy, LocalDate closedOn, ClosureReason closureReason, String closureNotes,
        Victim victim, Set<ExploitationType> exploitationTypes, CareRoute careRoute, List<Shelter> shelterRequests,
        List<AgreementView> agreements, SignalView.NationalRegistration nationalRegistration) {

    /** The presumed victim, as far as the care route needs it. */
    public record Victim(UUID personId, String name, LocalDate dateOfBirth, Boolean minor, String nationality) {
    }

    /** Safety, legal aid, medical care, reflection period and residence procedure. */
    public record CareRoute(String safetyMeasures, String legalAid, String medicalCare, LocalDate reflectionPeriodStart,
            LocalDate reflectionPeriodEnd, String residenceProcedure, LocalDate residenceAppliedOn,
            LocalDate residenceDecidedOn) {
    }

    /** A shelter request. */
    public record Shelter(UUID id, String shelterName, boolean categorical, ShelterStatus status, LocalDate askedOn,
            String refusalReason, LocalDate placedOn, LocalDate leftOn) {
        static Shelter of(ShelterRequest r) {
            return new Shelter(r.id(), r.shelterName(), r.categorical(), r.status(), r.askedOn(), r.refusalReason(),
                    r.placedOn(), r.leftOn());
        }
    }

    /** An agreement with its effective status (OPEN past the due date reads OVERDUE). */
    public record AgreementView(UUID id, String description, String ownerOrganisation, LocalDate dueDate,
            AgreementStatus status, String dropReason, LocalDate doneOn) {
        static AgreementView of(Agreement a, LocalDate today) {
            return new AgreementView(a.id(), a.description(), a.ownerOrganisation(), a.dueDate(),
                    a.effectiveStatus(today), a.dropReason(), a.doneOn());
        }
    }

    public static ApproachView of(Approach a, LocalDate today) {
        Signal s = a.signal();
        SignalPerson v = s.victim();
        return new ApproachView(a.id(), s.id, a.house(), a.municipality(), a.status(), a.startedOn(), a.startedBy(),
                a.closedOn(), a.closureReason(), a.closureNotes(),
                new Victim(v.id(), v.displayName(), v.identity().dateOfBirth(), s.minor, v.nationality()),
                Set.copyOf(s.exploitationTypes), a.careRoute(), a.shelterRequests().stream().map(Shelter::of).toList(),
                a.agreements().stream().map(x -> AgreementView.of(x, today)).toList(),
                new SignalView.NationalRegistration(s.reportedToNationalCentre, s.nationalReportOn,
                        s.nationalReportingOrganisation, s.nationalReportReference));
    }
}
