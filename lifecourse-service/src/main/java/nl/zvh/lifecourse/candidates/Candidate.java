package nl.zvh.lifecourse.candidates;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.zvh.lifecourse.persons.RegisteredPerson;
import nl.zvh.platform.problem.ProblemException;

/**
 * A person proposed for the life-course approach; once included, a life-course client of the house. Its state rules:
 * a proposal starts as {@code CANDIDATE}; the inclusion table decides INCLUDED, NOT_INCLUDED (with a reason) or
 * POSTPONED, and a candidate INCLUDED or NOT_INCLUDED is not decided again; an inclusion beyond the house's capacity
 * needs the table's explicit confirmation with a reason; only a client (included) is followed (safety notes, contacts)
 * and closed, with a reason; a closed client's person can be proposed again, the new period linked to the earlier one.
 */
@Entity
@Table(name = "candidate")
public class Candidate extends RegisteredPerson {
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    private CandidateStatus status;

    private Instant createdAt;
    /** Set when the retention job anonymised the candidate: kept for the figures only, never shown. */
    private Instant erasedAt;

    private Instant includedAt;

    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    private ClosureReason closureReason;

    private String closureNote;

    private UUID previousPeriodId;

    /** Who is proposed, where and by whom (source TRIAGE with its referral, or COORDINATOR). */
    public record Proposal(String house, String municipality, UUID personId, String firstName, String lastName,
            LocalDate dateOfBirth, String source, UUID sourceReferralId) {
        public Proposal {
            Objects.requireNonNull(house, "house");
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(source, "source");
        }
    }

    /** The house's count of active clients against its capacity, when the table decides. */
    public record Capacity(long active, int capacity) {
        public boolean reached() {
            return active >= capacity;
        }
    }

    protected Candidate() {
    }

    private Candidate(Proposal proposal, Instant at) {
        super(proposal.house(), proposal.municipality(), proposal.personId(), proposal.firstName(), proposal.lastName(),
                proposal.source(), proposal.sourceReferralId());
        this.dateOfBirth = proposal.dateOfBirth();
        this.status = CandidateStatus.CANDIDATE;
        this.createdAt = at;
    }

    /** A new candidate awaiting the inclusion table (a person without a platform id gets a new one). */
    public static Candidate propose(Proposal proposal, Instant at) {
        return new Candidate(proposal, at);
    }

    /**
     * A client of the house's previous system (source {@link Candidates#IMPORTED}), taken over with its own dates: put
     * forward and included at {@code included}, closed at {@code closed} with {@code reason} and {@code note} when the
     * previous system had closed it (else an open client, without case manager until the coordinator assigns one).
     */
    public static Candidate imported(Proposal proposal, Instant included, Instant closed, ClosureReason reason,
            String note) {
        Candidate c = new Candidate(proposal, included);
        c.status = closed == null ? CandidateStatus.INCLUDED : CandidateStatus.CLOSED;
        c.includedAt = included;
        c.closedAt = closed;
        c.closureReason = closed == null ? null : Objects.requireNonNull(reason, "reason");
        c.closureNote = closed == null ? null : note;
        return c;
    }

    /**
     * The inclusion table's decision at {@code session}. Refuses (IllegalStateException, a 409) a candidate already
     * INCLUDED or NOT_INCLUDED and an inclusion beyond capacity without {@code confirmBeyondCapacity}; refuses (a 400
     * naming {@code reason}) NOT_INCLUDED or a confirmation without a reason.
     */
    public InclusionDecision decide(InclusionSession session, Decision decision, String reason,
            boolean confirmBeyondCapacity, Capacity capacity, String by, Instant at) {
        if (status != CandidateStatus.CANDIDATE && status != CandidateStatus.POSTPONED) {
            throw new IllegalStateException("candidate " + id() + " is already " + status);
        }
        boolean hasReason = reason != null && !reason.isBlank();
        if (decision == Decision.NOT_INCLUDED && !hasReason) {
            throw ProblemException.invalid("reason", "a reason is required when a candidate is not included");
        }
        if (confirmBeyondCapacity && !hasReason) {
            throw ProblemException.invalid("reason", "a reason is required to include beyond capacity");
        }
        boolean beyondCapacity = decision == Decision.INCLUDED && capacity.reached();
        if (beyondCapacity && !confirmBeyondCapacity) {
            throw new IllegalStateException("Capacity of " + capacity.capacity() + " active life-course clients"
                    + " reached (" + capacity.active() + " active); confirm with overrideCapacity and a reason to"
                    + " include anyway");
        }
        status = CandidateStatus.valueOf(decision.name());
        if (decision == Decision.INCLUDED) {
            includedAt = at;
        }
        return new InclusionDecision(session, this, decision, reason, beyondCapacity, by, at);
    }

    /** Refuses (IllegalStateException, a 409) what only an included client has: follow-up, notes, closure. */
    public void requireClient() {
        if (status != CandidateStatus.INCLUDED) {
            throw new IllegalStateException("candidate " + id() + " is not an open client");
        }
    }

    /**
     * Ends the approach: the client no longer counts against the capacity. Refuses a candidate that is not an open
     * client (a 409) and the reason OTHER without a note (a 400 naming {@code note}).
     */
    public void close(ClosureReason reason, String note, Instant at) {
        requireClient();
        Objects.requireNonNull(reason, "reason");
        boolean hasNote = note != null && !note.isBlank();
        if (reason == ClosureReason.OTHER && !hasNote) {
            throw ProblemException.invalid("note", "a note is required when the reason is other");
        }
        status = CandidateStatus.CLOSED;
        closureReason = reason;
        closureNote = hasNote ? note.strip() : null;
        closedAt = at;
    }

    /** A new period of a closed client's person: a candidate again, linked to this period. */
    public Candidate reproposed(String by, Instant at) {
        if (status != CandidateStatus.CLOSED) {
            throw new IllegalStateException("candidate " + id() + " is not a closed client");
        }
        Candidate next = new Candidate(
                new Proposal(house(), municipality(), personId(), firstName(), lastName(), dateOfBirth, by, null), at);
        next.previousPeriodId = id();
        return next;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public CandidateStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant includedAt() {
        return includedAt;
    }

    public boolean included() {
        return status == CandidateStatus.INCLUDED;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public ClosureReason closureReason() {
        return closureReason;
    }

    public String closureNote() {
        return closureNote;
    }

    public UUID previousPeriodId() {
        return previousPeriodId;
    }
}
