package nl.zvh.lifecourse.candidates;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.CandidateRequests.NewCandidate;
import nl.zvh.lifecourse.persons.KnownPersons;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.problem.ProblemException;

/**
 * The house's candidates: proposed by the coordinator or once per referral from a triage decision, listed and read
 * (each audited), and the erasure's selection. The one place that queries candidates for the inclusion table.
 */
@ApplicationScoped
public class Candidates {
    public static final String PURPOSE = "life-course-inclusion";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String TRIAGE = "TRIAGE";
    /** Taken over from the house's previous system (the history import). */
    public static final String IMPORTED = "IMPORTED";

    @Inject
    LifecourseAudit audit;

    /** Registered by the coordinator of {@code house}. */
    @Transactional
    public Candidate register(String house, NewCandidate request) {
        UUID personId = KnownPersons.require(Candidate.class, house, request.personId(), request.firstName(),
                request.lastName());
        Candidate c = propose(new Candidate.Proposal(house, request.municipality(), personId, request.firstName(),
                request.lastName(), request.dateOfBirth(), COORDINATOR, null)).orElseThrow();
        audit.candidate(AuditAction.CREATE, c, PURPOSE);
        return c;
    }

    /**
     * The person of a closed client proposed again by the coordinator: a new candidate linked to the earlier period.
     * Refuses (409) a client not closed, and a second new period of the same closed one.
     */
    @Transactional
    public Candidate proposeAgain(UUID closedId, String house) {
        Candidate closed = inHouse(closedId, house).orElseThrow(() -> ProblemException.notFound("client " + closedId));
        if (Candidate.count("previousPeriodId", closed.id()) > 0) {
            throw ProblemException.conflict("client " + closedId + " was proposed again already");
        }
        Candidate next;
        try {
            next = closed.reproposed(COORDINATOR, Instant.now());
        } catch (IllegalStateException refused) {
            throw ProblemException.conflict(refused.getMessage());
        }
        next.persist();
        audit.candidate(AuditAction.CREATE, next, PURPOSE);
        return next;
    }

    /** The later period of a closed client, when it was proposed again. */
    public Optional<Candidate> nextPeriodOf(Candidate c) {
        return Candidate.<Candidate>find("previousPeriodId = ?1 and erasedAt is null", c.id()).firstResultOptional();
    }

    /** Proposed by a triage decision, audited as the consumer's change; empty when the referral has one already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Candidate> proposeFromTriage(Candidate.Proposal proposal, String consumer) {
        Optional<Candidate> made = propose(proposal);
        made.ifPresent(c -> audit.bySystem(AuditAction.CREATE, LifecourseAudit.CANDIDATE, c.id(), c.personId(),
                c.house(), consumer, "life-course-candidate"));
        return made;
    }

    /** True when a candidate was proposed from this referral (in any house). */
    public boolean proposedFrom(UUID referralId) {
        return Candidate.count("sourceReferralId", referralId) > 0;
    }

    private Optional<Candidate> propose(Candidate.Proposal proposal) {
        if (proposal.sourceReferralId() != null && Candidate.count("house = ?1 and sourceReferralId = ?2",
                proposal.house(), proposal.sourceReferralId()) > 0) {
            return Optional.empty();
        }
        Candidate c = Candidate.propose(proposal, Instant.now());
        c.persist();
        return Optional.of(c);
    }

    /** The house's candidates not erased, optionally of one referral and/or status; each audited as a search. */
    @Transactional
    public List<Candidate> list(String house, UUID referralId, CandidateStatus status) {
        StringBuilder q = new StringBuilder("house = :house and erasedAt is null");
        Parameters params = Parameters.with("house", house);
        if (referralId != null) {
            q.append(" and sourceReferralId = :referral");
            params.and("referral", referralId);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        List<Candidate> found = Candidate.<Candidate>find(q + " order by createdAt", params).list();
        found.forEach(c -> audit.candidate(AuditAction.SEARCH, c, PURPOSE));
        return found;
    }

    /** The house's waiting list: candidates not yet decided and those postponed, each audited as a search. */
    @Transactional
    public List<Candidate> waiting(String house) {
        List<Candidate> found = Candidate
                .<Candidate>find("house = ?1 and erasedAt is null and status in ?2 order by createdAt", house,
                        List.of(CandidateStatus.CANDIDATE, CandidateStatus.POSTPONED))
                .list();
        found.forEach(c -> audit.candidate(AuditAction.SEARCH, c, PURPOSE));
        return found;
    }

    /** One candidate of the house, audited as read; else a 404 problem. */
    @Transactional
    public Candidate read(UUID id, String house) {
        Candidate c = inHouse(id, house).orElseThrow(() -> ProblemException.notFound("candidate " + id));
        audit.candidate(AuditAction.READ, c, PURPOSE);
        return c;
    }

    /** The house's candidate, not erased. */
    public Optional<Candidate> inHouse(UUID id, String house) {
        return Candidate.<Candidate>find("id = ?1 and house = ?2 and erasedAt is null", id, house)
                .firstResultOptional();
    }

    /** How many clients the house follows now (included and not closed). */
    public long active(String house) {
        return Candidate.count("house = ?1 and status = ?2", house, CandidateStatus.INCLUDED);
    }

    /**
     * The house's candidates from these referrals that follow another service's erasure: not erased yet and not
     * included (an included client's file is this service's own to keep).
     */
    public List<UUID> fromErasedReferrals(String house, List<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return Candidate.<Candidate>find("sourceReferralId in ?1 and house = ?2 and erasedAt is null and status <> ?3",
                referralIds, house, CandidateStatus.INCLUDED).stream().map(Candidate::id).toList();
    }
}
