package nl.zvh.lifecourse.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.CandidateRequests.DecisionResult;
import nl.zvh.lifecourse.candidates.CandidateRequests.DecisionView;
import nl.zvh.lifecourse.candidates.CandidateRequests.NewDecision;
import nl.zvh.lifecourse.candidates.CandidateRequests.SessionView;
import nl.zvh.lifecourse.config.LifecourseConfig;
import nl.zvh.lifecourse.sessions.TableSessions;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;

/**
 * The inclusion table's sessions and decisions. An inclusion beyond the house's capacity is refused (409) unless the
 * table explicitly confirms it ({@code overrideCapacity} with a reason); the inclusion publishes
 * LifecourseClientIncluded in the same transaction.
 */
@ApplicationScoped
public class InclusionTable extends TableSessions<InclusionSession, SessionView> {

    @Inject
    LifecourseConfig config;

    @Inject
    Outbox outbox;

    @Inject
    Candidates candidates;

    @Inject
    LifecourseAudit audit;

    public InclusionTable() {
        super(InclusionSession.class, "inclusion session", InclusionSession::new);
    }

    @Transactional
    public DecisionResult decide(UUID sessionId, String house, NewDecision request, String user) {
        InclusionSession session = require(sessionId, house);
        Candidate candidate = candidates.inHouse(request.candidateId(), session.house())
                .orElseThrow(() -> ProblemException.invalid("candidateId", "no candidate of this house"));
        int capacity = config.capacity(session.house());
        long active = candidates.active(session.house());
        InclusionDecision d;
        try {
            d = candidate.decide(session, request.decision(), request.reason(),
                    Boolean.TRUE.equals(request.overrideCapacity()), new Candidate.Capacity(active, capacity), user,
                    Instant.now());
        } catch (IllegalStateException refused) {
            throw ProblemException.conflict(refused.getMessage());
        }
        em.persist(d);
        String warning = null;
        if (request.decision() == Decision.INCLUDED) {
            active++;
            outbox.publish(LifecourseEvents.CLIENT_INCLUDED_V1, candidate.id(), candidate.house(),
                    new LifecourseEvents.LifecourseClientIncludedV1(candidate.id(), candidate.personId(),
                            candidate.house(), candidate.municipality(), session.id(), session.sessionDate(),
                            candidate.includedAt(), candidate.sourceReferralId(), d.capacityOverridden()));
            if (d.capacityOverridden()) {
                warning = "Included beyond capacity: " + active + " active for a capacity of " + capacity;
            }
        }
        audit.candidate(AuditAction.UPDATE, candidate, Candidates.PURPOSE);
        return new DecisionResult(d.view(), active, capacity, warning);
    }

    @Override
    protected SessionView view(InclusionSession s) {
        List<DecisionView> decisions = InclusionDecision.<InclusionDecision>find("session = ?1 order by decidedAt", s)
                .list().stream().map(InclusionDecision::view).toList();
        return new SessionView(s.id(), s.sessionDate(), s.attendeeList(), decisions);
    }
}
