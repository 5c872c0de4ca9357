package nl.zvh.lifecourse.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.CandidateRequests.DecisionResult;
import nl.zvh.lifecourse.candidates.CandidateRequests.DecisionView;
import nl.zvh.lifecourse.candidates.CandidateRequests.NewDecision;
import nl.zvh.lifecourse.config.LifecourseConfig;
import nl.zvh.platform.problem.ProblemException;

/**
 * Takes the inclusion table's decisions. An inclusion beyond the house's capacity is refused (409) unless the
 * table explicitly confirms it ({@code overrideCapacity} with a reason); the inclusion publishes
 * LifecourseClientIncluded in the same transaction.
 */
@ApplicationScoped
public class InclusionTable {

    @Inject
    LifecourseConfig config;
    @Inject
    nl.zvh.platform.outbox.Outbox outbox;

    public long active(String house) {
        return Candidate.count("house = ?1 and status = ?2", house, CandidateStatus.INCLUDED);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DecisionResult decide(InclusionSession session, Candidate candidate, NewDecision request, String user) {
        if (candidate.status == CandidateStatus.INCLUDED || candidate.status == CandidateStatus.NOT_INCLUDED) {
            throw ProblemException.conflict("candidate " + candidate.id + " is already " + candidate.status);
        }
        boolean override = Boolean.TRUE.equals(request.overrideCapacity());
        boolean hasReason = request.reason() != null && !request.reason().isBlank();
        if (request.decision() == Decision.NOT_INCLUDED && !hasReason) {
            throw ProblemException.invalid("reason", "a reason is required when a candidate is not included");
        }
        if (override && !hasReason) {
            throw ProblemException.invalid("reason", "a reason is required to include beyond capacity");
        }
        int capacity = config.capacity(session.house);
        long active = active(session.house);
        boolean overCapacity = request.decision() == Decision.INCLUDED && active >= capacity;
        if (overCapacity && !override) {
            throw ProblemException.conflict("Capacity of " + capacity + " active life-course clients reached ("
                    + active + " active); confirm with overrideCapacity and a reason to include anyway");
        }
        InclusionDecision d = new InclusionDecision();
        d.id = UUID.randomUUID();
        d.session = session;
        d.candidate = candidate;
        d.decision = request.decision();
        d.reason = request.reason();
        d.capacityOverridden = overCapacity;
        d.decidedBy = user;
        d.decidedAt = Instant.now();
        d.persist();
        candidate.status = CandidateStatus.valueOf(request.decision().name());
        String warning = null;
        if (request.decision() == Decision.INCLUDED) {
            candidate.includedAt = d.decidedAt;
            active++;
            outbox.publish(LifecourseEvents.CLIENT_TOPIC, candidate.id.toString(), LifecourseEvents.CLIENT_INCLUDED,
                    1, candidate.house, new LifecourseEvents.LifecourseClientIncludedV1(candidate.id,
                            candidate.personId, candidate.house, candidate.municipality, session.id,
                            session.sessionDate, candidate.includedAt, candidate.sourceReferralId, overCapacity));
            if (overCapacity) {
                warning = "Included beyond capacity: " + active + " active for a capacity of " + capacity;
            }
        }
        return new DecisionResult(DecisionView.of(d), active, capacity, warning);
    }
}
