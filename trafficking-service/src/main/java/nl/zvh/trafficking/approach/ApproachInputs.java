package nl.zvh.trafficking.approach;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.zvh.trafficking.signal.Outcome;

/** Request bodies of the approach API. */
public final class ApproachInputs {
    private ApproachInputs() {
    }

    /** The coordinator's decision on a signal: ADVICE (with the advice) or COORDINATED_APPROACH; why (optional). */
    public record Decision(@NotNull Outcome outcome, @Size(max = 4000) String advice,
            @Size(max = 4000) String rationale) {
    }

    /** The care route apart from shelter and agreements; a null field clears it. */
    public record CareRoute(@Size(max = 4000) String safetyMeasures, @Size(max = 2000) String legalAid,
            @Size(max = 2000) String medicalCare, LocalDate reflectionPeriodStart, LocalDate reflectionPeriodEnd,
            @Size(max = 500) String residenceProcedure, @PastOrPresent LocalDate residenceAppliedOn,
            @PastOrPresent LocalDate residenceDecidedOn) {
    }

    /** A new shelter request (status ASKED). */
    public record NewShelterRequest(@NotBlank @Size(max = 200) String shelterName, boolean categorical,
            @PastOrPresent LocalDate askedOn) {
    }

    /** The shelter's answer or the stay's end: REFUSED needs a reason, PLACED a date, LEFT a date. */
    public record ShelterUpdate(@NotNull ShelterStatus status, @Size(max = 1000) String refusalReason,
            @PastOrPresent LocalDate date) {
    }

    /** A new agreement with a partner. */
    public record NewAgreement(@NotBlank @Size(max = 1000) String description,
            @NotBlank @Size(max = 200) String ownerOrganisation, @NotNull LocalDate dueDate) {
    }

    /** An agreement's new status; DROPPED needs a reason. */
    public record AgreementUpdate(@NotNull AgreementStatus status, @Size(max = 1000) String dropReason) {
    }

    /** Closing the approach. */
    public record Closure(@NotNull ClosureReason reason, @Size(max = 2000) String notes,
            @PastOrPresent LocalDate closedOn) {
    }
}
