package nl.zvh.lifecourse.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the clients API. */
public final class ClientRequests {
    private ClientRequests() {
    }

    public record AssignCaseManager(@NotBlank @Size(max = 200) String organisation,
            @NotBlank @Size(max = 100) String username) {
    }

    public record SafetyNote(@Size(max = 2000) String note) {
    }

    public record NewPlanGoal(@NotNull LifeDomain domain, @NotBlank @Size(max = 4000) String goal) {
    }

    public record NewContact(@NotNull ContactType type, @NotNull @PastOrPresent LocalDate date,
            @NotNull ContactOutcome outcome, @Size(max = 4000) String note) {
    }

    public record NewIncident(@NotNull IncidentKind kind, @NotNull @PastOrPresent LocalDate date,
            @Size(max = 4000) String note) {
    }

    public record NewReview(@NotNull @PastOrPresent LocalDate date, @NotBlank @Size(max = 4000) String summary,
            LocalDate nextReviewDate) {
    }

    public record ClientSummary(UUID id, String fullName, String municipality, Instant includedAt,
            boolean hasSafetyNote) {
    }

    public record CaseManagerView(String organisation, String username, Instant assignedAt) {
    }

    public record EntryView(UUID id, EntryKind kind, String subtype, String outcome, LocalDate date, String text,
            LocalDate nextDate, String recordedBy) {
        static EntryView of(ClientEntry e) {
            return new EntryView(e.id, e.kind, e.subtype, e.outcome, e.entryDate, e.text, e.nextDate, e.recordedBy);
        }
    }

    public record ClientView(UUID id, UUID personId, String fullName, String municipality, LocalDate dateOfBirth,
            Instant includedAt, String safetyNote, List<CaseManagerView> caseManagers, List<EntryView> plan,
            List<EntryView> contacts, List<EntryView> incidents, List<EntryView> reviews, LocalDate nextReviewDate) {
    }
}
