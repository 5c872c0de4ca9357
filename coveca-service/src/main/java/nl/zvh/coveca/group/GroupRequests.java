package nl.zvh.coveca.group;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the group API. House and organisation come from the token. */
public final class GroupRequests {
    private GroupRequests() {
    }

    /** A new group. */
    public record NewGroup(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String municipality,
            @Size(max = 4000) String description) {
    }

    /** A new subgroup of a group. */
    public record NewSubgroup(@NotBlank @Size(max = 200) String name) {
    }

    /**
     * A member: either {@code caseId} (the main person of a case of the house the caller sees) or {@code person}
     * (without a case); optionally in a subgroup of the group.
     */
    public record NewMember(UUID caseId, @Valid Person person, UUID subgroupId) {
    }

    /** A member without a case: name and date of birth. */
    public record Person(@NotBlank @Size(max = 100) String firstName, @Size(max = 30) String surnamePrefix,
            @NotBlank @Size(max = 100) String lastName, @NotNull @PastOrPresent LocalDate dateOfBirth) {
    }

    /** The subgroup a member moves to; null: in no subgroup. */
    public record MemberSubgroup(UUID subgroupId) {
    }

    /** Closing a group (on {@code closedOn}, today when absent). */
    public record Closure(@PastOrPresent LocalDate closedOn) {
    }

    /** A subgroup meeting that took place: who attended (organisations or people), minutes, agreements. */
    public record NewMeeting(@NotNull @PastOrPresent LocalDate heldOn,
            @NotEmpty @Size(max = 40) List<@NotBlank @Size(max = 200) String> attendance,
            @NotBlank @Size(max = 20000) String minutes,
            @Size(max = 40) List<@NotBlank @Size(max = 400) String> agreements) {
    }
}
