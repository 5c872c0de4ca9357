package nl.zvh.coveca.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Request bodies of the action-plan API. */
public final class PlanRequests {
    private PlanRequests() {
    }

    /** A goal on a life domain of the house's list. */
    public record NewGoal(@NotBlank @Size(max = 40) String lifeDomain, @NotBlank @Size(max = 2000) String description) {
    }

    /** An agreement, optionally under a goal and made in a meeting. */
    public record NewAgreement(UUID goalId, UUID meetingId, @NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 200) String ownerOrganisation, @Size(max = 200) String ownerPerson,
            @NotNull LocalDate dueDate) {
    }

    /** A status change; DROPPED needs a reason. */
    public record StatusChange(@NotNull AgreementStatus status, @Size(max = 2000) String reason) {
    }

    /** A new description, owner organisation and person, and due date of an open agreement. */
    public record AgreementEdit(@NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 200) String ownerOrganisation, @Size(max = 200) String ownerPerson,
            @NotNull LocalDate dueDate) {
    }
}
