package nl.zvh.lifecourse.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.CandidateStatus;
import nl.zvh.lifecourse.candidates.ClosureReason;

/** Request and response bodies of the clients API. */
public final class ClientRequests {
    private ClientRequests() {
    }

    public record AssignCaseManager(@NotBlank @Size(max = 200) String organisation,
            @NotBlank @Size(max = 100) String username) {
    }

    /** A new safety note; it is added to the file's notes, never replaces one. */
    public record NewSafetyNote(@NotBlank @Size(max = 2000) String note) {
    }

    /** Someone in the network around the client: a relation and a name or description. */
    public record NewNetworkMember(@NotNull NetworkRole role, @NotBlank @Size(max = 4000) String name) {
    }

    /** The end of the approach; OTHER needs a note. */
    public record Closure(@NotNull ClosureReason reason, @Size(max = 2000) String note) {
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
            boolean hasSafetyNote, CandidateStatus status) {
    }

    /** A safety note as shown: author is a display name (or organisation), null when unknown (before history). */
    public record SafetyNoteView(String note, String author, Instant writtenAt) {
    }

    public record CaseManagerView(String organisation, String username, String name, Instant assignedAt) {
    }

    public record EntryView(UUID id, EntryKind kind, String subtype, String outcome, LocalDate date, String text,
            LocalDate nextDate, String recordedBy) {
        static EntryView of(ClientEntry e) {
            return new EntryView(e.id, e.kind, e.subtype, e.outcome, e.entryDate, e.text, e.nextDate, e.recordedBy);
        }
    }

    /**
     * A client's file; safetyNotes newest first (the first is the banner, the rest its history); closedAt and
     * closureReason once the approach ended; previousPeriodId links a re-inclusion to the earlier period.
     */
    public record ClientView(UUID id, UUID personId, String fullName, String municipality, LocalDate dateOfBirth,
            CandidateStatus status, Instant includedAt, Instant closedAt, ClosureReason closureReason,
            String closureNote, UUID previousPeriodId, List<SafetyNoteView> safetyNotes,
            List<CaseManagerView> caseManagers, List<EntryView> plan, List<EntryView> contacts,
            List<EntryView> incidents, List<EntryView> network, List<EntryView> reviews, LocalDate nextReviewDate,
            String source) {
        /** The latest safety note, or null. */
        public SafetyNoteView safetyNote() {
            return safetyNotes.isEmpty() ? null : safetyNotes.get(0);
        }

        public List<SafetyNoteView> safetyNoteHistory() {
            return safetyNotes.isEmpty() ? List.of() : safetyNotes.subList(1, safetyNotes.size());
        }
    }
}
