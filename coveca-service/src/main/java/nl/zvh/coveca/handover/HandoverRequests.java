package nl.zvh.coveca.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Request bodies of the handover API. Houses and who acts come from the token. */
public final class HandoverRequests {
    /** The longest summary a sender writes. */
    public static final int MAX_SUMMARY = 4000;
    /** The longest reason of a declined handover. */
    public static final int MAX_REASON = 2000;

    private HandoverRequests() {
    }

    /**
     * Handing case {@code caseId} over to another house (its code, as {@code GET /api/handovers/houses} lists it) and
     * one of that house's municipalities, with a summary; the persons' names and dates of birth always go along, the
     * life domains (latest monitoring scores) and the current plan goals when chosen.
     */
    public record NewHandover(@NotNull UUID caseId, @NotBlank @Size(max = 50) String receivingHouse,
            @NotBlank @Size(max = 100) String receivingMunicipality, @NotBlank @Size(max = MAX_SUMMARY) String summary,
            Boolean withLifeDomains, Boolean withPlanGoals) {
    }

    /** Declining a handover: the reason is required. */
    public record Decline(@NotBlank @Size(max = MAX_REASON) String reason) {
    }
}
