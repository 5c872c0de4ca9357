package nl.zvh.intake.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.zvh.platform.validation.Bsn;

/**
 * A referral as a referrer submits it. The referrer, organisation and house are taken from the token, never from
 * the body.
 */
public record NewReferral(@NotNull @Valid PersonInput mainPerson,
        @Size(max = 20) List<@NotNull @Valid SystemMemberInput> systemMembers,
        @NotBlank @Size(max = 100) String municipality,
        @NotEmpty @Size(max = 20) Set<@NotBlank @Size(max = 40) String> problemAreas,
        @NotBlank @Size(max = 4000) String question, @Size(max = 4000) String triedAlready, @NotNull Urgency urgency,
        @NotNull PersonInformed personInformed, @Size(max = 1000) String notInformedReason,
        @Size(max = 200) String controllingPartner) {

    /** The same content as a draft (for storing). */
    public DraftReferral toDraft() {
        PersonInput m = mainPerson;
        return new DraftReferral(
                new DraftReferral.Person(m.firstName(), m.surnamePrefix(), m.lastName(), m.dateOfBirth(), m.bsn(),
                        m.gender(), m.residenceMunicipality(), m.address()),
                systemMembers == null
                        ? List.of()
                        : systemMembers.stream()
                                .map(s -> new DraftReferral.Member(s.relation(), s.firstName(), s.surnamePrefix(),
                                        s.lastName(), s.dateOfBirth(), s.bsn(), s.gender()))
                                .toList(),
                municipality, problemAreas, question, triedAlready, urgency, personInformed, notInformedReason,
                controllingPartner);
    }

    /** The main person. */
    public record PersonInput(@NotBlank @Size(max = 100) String firstName, @Size(max = 30) String surnamePrefix,
            @NotBlank @Size(max = 100) String lastName, @NotNull @PastOrPresent LocalDate dateOfBirth, @Bsn String bsn,
            Gender gender, @Size(max = 100) String residenceMunicipality, @Size(max = 300) String address) {
    }

    /** A household or family member, with the relation to the main person. */
    public record SystemMemberInput(@NotNull Relation relation, @NotBlank @Size(max = 100) String firstName,
            @Size(max = 30) String surnamePrefix, @NotBlank @Size(max = 100) String lastName,
            @NotNull @PastOrPresent LocalDate dateOfBirth, @Bsn String bsn, Gender gender) {
    }
}
