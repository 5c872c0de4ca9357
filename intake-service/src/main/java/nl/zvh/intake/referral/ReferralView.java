package nl.zvh.intake.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;

/** A referral as its readers see it. */
public record ReferralView(UUID id, String house, ReferralStatus status, String municipality, String referrerName,
        String referrerDisplayName, String referrerOrganisation, String referrerDomain, PersonView mainPerson,
        List<PersonView> systemMembers, Set<String> problemAreas, String question, String triedAlready, Urgency urgency,
        PersonInformed personInformed, String notInformedReason, String controllingPartner, Instant createdAt,
        Instant submittedAt, LocalDate agendaDate, Instant decidedAt, String outcome, String outcomeProgramme,
        String advice, Instant withdrawnAt, Instant closedAt) {

    /** A person in the referral. */
    public record PersonView(UUID id, PersonRole role, Relation relation, String firstName, String surnamePrefix,
            String lastName, LocalDate dateOfBirth, String bsn, Gender gender, String residenceMunicipality,
            String address) {
        static PersonView of(ReferralPerson p) {
            PersonIdentity who = p.identity();
            return new PersonView(p.id(), p.role(), p.relation(), who.firstName(), who.surnamePrefix(), who.lastName(),
                    who.dateOfBirth(), who.bsn(), p.gender(), p.residenceMunicipality(), p.address());
        }
    }

    static ReferralView of(Referral r) {
        Referrer by = r.referrer();
        Decision d = r.decision() == null ? new Decision(null, null, null, null) : r.decision().toldToReferrer();
        return new ReferralView(r.id(), r.house(), r.status(), r.municipality(), by.name(), by.displayName(),
                by.organisation(), by.domain(), PersonView.of(r.mainPerson()),
                r.systemMembers().stream().map(PersonView::of).toList(), Set.copyOf(r.problemAreas()), r.question(),
                r.triedAlready(), r.urgency(), r.personInformed(), r.notInformedReason(), r.controllingPartner(),
                r.createdAt(), r.submittedAt(), r.agendaDate(), d.decidedAt(), d.outcome(), d.programme(), d.advice(),
                r.withdrawnAt(), r.closedAt());
    }
}
