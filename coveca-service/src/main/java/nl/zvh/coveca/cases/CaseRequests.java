package nl.zvh.coveca.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the case API. House, process director and organisation come from the token. */
public final class CaseRequests {
    private CaseRequests() {
    }

    /** A case opened by hand by a process director. */
    public record NewCase(@NotBlank @Size(max = 100) String municipality, @NotNull Intensity intensity,
            @NotNull SubApproach subApproach, @PastOrPresent LocalDate startDate, @NotNull @Valid NewPerson mainPerson,
            @Size(max = 20) List<@NotNull @Valid NewPerson> systemMembers,
            @Size(max = 30) List<@NotNull @Valid NewPartner> partners) {
    }

    /** A person; personId is the platform person id when known (else one is assigned). */
    public record NewPerson(UUID personId, @Size(max = 30) String relation, @NotBlank @Size(max = 100) String firstName,
            @Size(max = 30) String surnamePrefix, @NotBlank @Size(max = 100) String lastName,
            @PastOrPresent LocalDate dateOfBirth,

            @Pattern(regexp = "\\d{9}", message = "must be nine digits") String bsn) {
    }

    /** A partner organisation with its contact person. */
    public record NewPartner(@NotBlank @Size(max = 200) String organisation, @Size(max = 200) String contactName,
            @Size(max = 50) String contactPhone, @Email @Size(max = 200) String contactEmail) {
    }

    /** Closing a case. */
    public record Closure(@NotNull ClosureReason reason, @Size(max = 100) String receivingMunicipality,
            @Size(max = 4000) String note, UUID closingMeetingId) {
    }

    /** Reopening a closed case. */
    public record Reopening(@NotBlank @Size(max = 2000) String reason) {
    }
}
