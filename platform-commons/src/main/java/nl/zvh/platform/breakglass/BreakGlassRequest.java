package nl.zvh.platform.breakglass;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A request for emergency access: which record, and why (mandatory). */
public record BreakGlassRequest(@NotBlank @Size(max = 60) String resourceType,
        @NotBlank @Size(max = 100) String resourceId, @NotBlank @Size(min = 10, max = 1000) String reason) {
}
