package nl.zvh.coveca.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case as the API shows it to a process director who may see it. */
public record CaseView(UUID id, String house, String municipality, Intensity intensity, SubApproach subApproach,
        CaseStatus status, CaseSource source, UUID sourceReferralId, UUID sourceTrackId, String processDirectorId,
        String processDirectorName, LocalDate startDate, Instant openedAt, Instant closedAt,
        ClosureReason closureReason, String receivingMunicipality, String closureNote, UUID closingMeetingId,
        String escalationLevel, int planVersion, boolean planApproved, List<PersonView> persons,
        List<PartnerView> partners) {

    /** A person in the case. */
    public record PersonView(UUID personId, PersonRole role, String relation, String firstName, String surnamePrefix,
            String lastName, LocalDate dateOfBirth, String bsn, String fullName, Instant endedAt) {
        static PersonView of(CasePerson p) {
            var who = p.identity();
            return new PersonView(p.personId(), p.role(), p.relation(), who.firstName(), who.surnamePrefix(),
                    who.lastName(), who.dateOfBirth(), who.bsn(), p.fullName(), p.endedAt());
        }
    }

    /** An involved partner organisation. */
    public record PartnerView(String organisation, String contactName, String contactPhone, String contactEmail,
            Instant endedAt) {
        static PartnerView of(CasePartner p) {
            return new PartnerView(p.organisation(), p.contactName(), p.contactPhone(), p.contactEmail(), p.endedAt());
        }
    }

    public static CaseView of(CovecaCase c) {
        Closure closure = c.closure();
        return new CaseView(c.id(), c.house(), c.municipality(), c.intensity(), c.subApproach(), c.status(), c.source(),
                c.sourceReferralId(), c.sourceTrackId(), c.processDirectorId(), c.processDirectorName(), c.startDate(),
                c.openedAt(), c.closedAt(), closure.reason(), closure.receivingMunicipality(), closure.note(),
                closure.closingMeetingId(), c.escalationLevel() == null ? null : c.escalationLevel().name(),
                c.plan().version(), c.plan().isApproved(), c.persons().stream().map(PersonView::of).toList(),
                c.partners().stream().map(PartnerView::of).toList());
    }
}
