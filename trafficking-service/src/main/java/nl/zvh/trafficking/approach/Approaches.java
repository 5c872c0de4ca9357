package nl.zvh.trafficking.approach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.trafficking.signal.Outcome;
import nl.zvh.trafficking.signal.Signal;
import nl.zvh.trafficking.signal.SignalScope;
import nl.zvh.trafficking.signal.SignalView;
import nl.zvh.trafficking.signal.Signals;

/**
 * Deciding a signal (advice or coordinated approach), the approach's care route and its closure. Starting and closing
 * publish their event through the outbox in the same transaction. Only the house's coordinators get here.
 */
@ApplicationScoped
public class Approaches {
    static final String AUDIT_TYPE = "trafficking-approach";
    static final String PURPOSE = "trafficking-care-coordination";

    @Inject
    CurrentUser user;

    @Inject
    SignalScope signalScope;

    @Inject
    Signals signals;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Transactional
    public SignalView decide(UUID signalId, ApproachInputs.Decision decision) {
        Signal signal = signalScope.requireForCoordinator(signalId);
        signal.decide(decision.outcome(), decision.advice(), LocalDate.now());
        signal.outcomeRationale = decision.rationale();
        if (decision.outcome() == Outcome.COORDINATED_APPROACH) {
            Approach approach = Approach.start(signal, signal.outcomeOn, user.name());
            approach.persist();
            outbox.publish(ApproachEvents.STARTED_V1, approach.id(), approach.house(),
                    ApproachEvents.started(approach));
        }
        signals.auditPersons(AuditAction.UPDATE, signal, "trafficking-signal-outcome");
        return signals.coordinatorView(signal);
    }

    @Transactional
    public ApproachView get(UUID id) {
        Approach approach = find(id);
        auditVictim(AuditAction.READ, approach);
        return ApproachView.of(approach, LocalDate.now());
    }

    @Transactional
    public List<ApproachView> list(ApproachStatus status) {
        String house = user.requireHouse();
        List<Approach> approaches = status == null
                ? Approach.<Approach>list("house = ?1 and erasedAt is null order by startedOn desc", house)
                : Approach.<Approach>list("house = ?1 and erasedAt is null and status = ?2 order by startedOn desc",
                        house, status);
        approaches.forEach(a -> auditVictim(AuditAction.SEARCH, a));
        LocalDate today = LocalDate.now();
        return approaches.stream().map(a -> ApproachView.of(a, today)).toList();
    }

    @Transactional
    public ApproachView updateCareRoute(UUID id, ApproachInputs.CareRoute in) {
        return change(id, approach -> approach.planCareRoute(in));
    }

    @Transactional
    public ApproachView requestShelter(UUID id, ApproachInputs.NewShelterRequest in) {
        return change(id, approach -> approach.requestShelter(in.shelterName(), in.categorical(),
                in.askedOn() == null ? LocalDate.now() : in.askedOn()));
    }

    @Transactional
    public ApproachView updateShelter(UUID id, UUID requestId, ApproachInputs.ShelterUpdate in) {
        return change(id, approach -> approach.answerShelter(requestId, in.status(), in.refusalReason(),
                in.date() == null ? LocalDate.now() : in.date()));
    }

    @Transactional
    public ApproachView addAgreement(UUID id, ApproachInputs.NewAgreement in) {
        return change(id, approach -> approach.agree(in.description(), in.ownerOrganisation(), in.dueDate()));
    }

    @Transactional
    public ApproachView updateAgreement(UUID id, UUID agreementId, ApproachInputs.AgreementUpdate in) {
        return change(id,
                approach -> approach.changeAgreement(agreementId, in.status(), in.dropReason(), LocalDate.now()));
    }

    @Transactional
    public ApproachView close(UUID id, ApproachInputs.Closure in) {
        return change(id, approach -> {
            approach.close(in.reason(), in.notes(), in.closedOn() == null ? LocalDate.now() : in.closedOn());
            outbox.publish(ApproachEvents.CLOSED_V1, approach.id(), approach.house(), ApproachEvents.closed(approach));
        });
    }

    @Transactional
    public List<OpenShelterRequest> openShelterRequests() {
        List<ShelterRequest> requests = ShelterRequest.<ShelterRequest>list("""
                select r from ShelterRequest r join r.approach a
                 where a.house = ?1 and a.status = ?2 and r.status = ?3 order by r.askedOn""", user.requireHouse(),
                ApproachStatus.OPEN, ShelterStatus.ASKED);
        requests.forEach(r -> auditVictim(AuditAction.SEARCH, r.approach()));
        return requests.stream().map(OpenShelterRequest::of).toList();
    }

    Approach find(UUID id) {
        return Approach.<Approach>find("id = ?1 and house = ?2 and erasedAt is null", id, user.requireHouse())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("approach " + id));
    }

    /** One change of an approach of the caller's house (the approach refuses what its state does not allow). */
    private ApproachView change(UUID id, Consumer<Approach> change) {
        Approach approach = find(id);
        change.accept(approach);
        auditVictim(AuditAction.UPDATE, approach);
        return ApproachView.of(approach, LocalDate.now());
    }

    void auditVictim(AuditAction action, Approach approach) {
        audit.record(action, AUDIT_TYPE, approach.id().toString(), approach.signal().victim().id().toString(), PURPOSE);
    }
}
