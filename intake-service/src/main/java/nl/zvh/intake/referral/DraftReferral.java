package nl.zvh.intake.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.validation.Bsn;

/**
 * A referral being drafted (concept): only the main person's name is required; whatever else is filled in must
 * already be valid (BSN eleven-test, date of birth not in the future, known municipality and problem areas). On
 * submit the full rules of {@link NewReferral} apply.
 */
public record DraftReferral(@NotNull @Valid Person mainPerson,
        @Size(max = 20) List<@NotNull @Valid Member> systemMembers, @Size(max = 100) String municipality,
        @Size(max = 20) Set<@NotBlank @Size(max = 40) String> problemAreas, @Size(max = 4000) String question,
        @Size(max = 4000) String triedAlready, Urgency urgency, PersonInformed personInformed,
        @Size(max = 1000) String notInformedReason, @Size(max = 200) String controllingPartner) {

    /** The main person of a draft. */
    public record Person(@NotBlank @Size(max = 100) String firstName, @Size(max = 30) String surnamePrefix,
            @NotBlank @Size(max = 100) String lastName, @PastOrPresent LocalDate dateOfBirth, @Bsn String bsn,
            Gender gender, @Size(max = 100) String residenceMunicipality, @Size(max = 300) String address) {
    }

    /** A system member of a draft. */
    public record Member(Relation relation, @NotBlank @Size(max = 100) String firstName,
            @Size(max = 30) String surnamePrefix, @NotBlank @Size(max = 100) String lastName,
            @PastOrPresent LocalDate dateOfBirth, @Bsn String bsn, Gender gender) {
    }

    /** The same content as a submission, to be validated with the full rules. */
    public NewReferral toNewReferral() {
        Person m = mainPerson;
        NewReferral.PersonInput main = m == null
                ? null
                : new NewReferral.PersonInput(m.firstName(), m.surnamePrefix(), m.lastName(), m.dateOfBirth(), m.bsn(),
                        m.gender(), m.residenceMunicipality(), m.address());
        List<NewReferral.SystemMemberInput> members = systemMembers == null
                ? null
                : systemMembers
                        .stream().map(
                                s -> s == null
                                        ? null
                                        : new NewReferral.SystemMemberInput(s.relation(), s.firstName(),
                                                s.surnamePrefix(), s.lastName(), s.dateOfBirth(), s.bsn(), s.gender()))
                        .toList();
        return new NewReferral(main, members, municipality, problemAreas, question, triedAlready, urgency,
                personInformed, notInformedReason, controllingPartner);
    }

    /** The draft content of a stored referral. */
    static DraftReferral of(Referral r) {
        ReferralPerson m = r.mainPerson();
        PersonIdentity main = m.identity();
        return new DraftReferral(
                new Person(main.firstName(), main.surnamePrefix(), main.lastName(), main.dateOfBirth(), main.bsn(),
                        m.gender(), m.residenceMunicipality(), m.address()),
                r.systemMembers().stream()
                        .map(s -> new Member(s.relation(), s.identity().firstName(), s.identity().surnamePrefix(),
                                s.identity().lastName(), s.identity().dateOfBirth(), s.identity().bsn(), s.gender()))
                        .toList(),
                r.municipality(), Set.copyOf(r.problemAreas()), r.question(), r.triedAlready(), r.urgency(),
                r.personInformed(), r.notInformedReason(), r.controllingPartner());
    }
}
