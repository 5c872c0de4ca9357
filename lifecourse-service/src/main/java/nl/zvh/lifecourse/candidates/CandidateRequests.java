package nl.zvh.lifecourse.candidates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the candidates and inclusion-table API (a session: {@code sessions.NewSession}). */
public final class CandidateRequests {
    private CandidateRequests() {
    }

    /** A candidate registered by the coordinator; personId is the platform person id when known. */
    public record NewCandidate(@NotBlank @Size(max = 100) String municipality, UUID personId,
            @Size(max = 100) String firstName, @NotBlank @Size(max = 200) String lastName,
            @PastOrPresent LocalDate dateOfBirth) {
    }

    /** overrideCapacity with a reason confirms an inclusion beyond the house's capacity. */
    public record NewDecision(@NotNull UUID candidateId, @NotNull Decision decision, @Size(max = 2000) String reason,
            Boolean overrideCapacity) {
    }

    public record CandidateView(UUID id, UUID personId, String municipality, String fullName, LocalDate dateOfBirth,
            String source, UUID sourceReferralId, CandidateStatus status, Instant createdAt, Instant includedAt,
            Instant closedAt, ClosureReason closureReason, UUID previousPeriodId) {
        public static CandidateView of(Candidate c) {
            return new CandidateView(c.id(), c.personId(), c.municipality(), c.fullName(), c.dateOfBirth(), c.source(),
                    c.sourceReferralId(), c.status(), c.createdAt(), c.includedAt(), c.closedAt(), c.closureReason(),
                    c.previousPeriodId());
        }
    }

    public record DecisionView(UUID id, UUID candidateId, String candidateName, Decision decision, String reason,
            boolean capacityOverridden, String decidedBy, Instant decidedAt) {
    }

    public record SessionView(UUID id, LocalDate date, List<String> attendees, List<DecisionView> decisions) {
    }

    /** The result of a decision: with the capacity warning when the house is (now) over capacity. */
    public record DecisionResult(DecisionView decision, long active, int capacity, String warning) {
    }
}
