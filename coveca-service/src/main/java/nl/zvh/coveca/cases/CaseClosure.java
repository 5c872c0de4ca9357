package nl.zvh.coveca.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.coveca.config.CovecaConfig;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Closing with a reason (and the closing meeting), the second person's approval in four-eyes houses, and reopening
 * with a reason. CoveCaCaseClosed is published in the transaction that closes the case.
 */
@ApplicationScoped
public class CaseClosure {

    @Inject
    CurrentUser user;
    @Inject
    CaseScope scope;
    @Inject
    CovecaConfig config;
    @Inject
    Outbox outbox;
    @Inject
    CaseAudit audit;
    @Inject
    EntityManager em;

    @Transactional
    public CaseView close(UUID id, CaseRequests.Closure request) {
        CovecaCase c = scope.requireOpen(id);
        if (request.reason() == ClosureReason.MOVED_OUT_OF_REGION
                && (request.receivingMunicipality() == null || request.receivingMunicipality().isBlank())) {
            throw ProblemException.invalid("receivingMunicipality", "is required when the person moved out of region");
        }
        if (request.reason() != ClosureReason.MOVED_OUT_OF_REGION && request.receivingMunicipality() != null
                && !request.receivingMunicipality().isBlank()) {
            throw ProblemException.invalid("receivingMunicipality", "only applies when the person moved out of region");
        }
        if (request.closingMeetingId() != null && ((Number) em.createNativeQuery(
                        "select count(*) from network_meeting where id = ?1 and case_id = ?2")
                .setParameter(1, request.closingMeetingId()).setParameter(2, c.id).getSingleResult()).intValue() == 0) {
            throw ProblemException.invalid("closingMeetingId", "is not a meeting of this case");
        }
        c.closureReason = request.reason();
        c.receivingMunicipality = request.receivingMunicipality();
        c.closureNote = request.note();
        c.closingMeetingId = request.closingMeetingId();
        c.closureRequestedBy = user.id();
        c.closureRequestedAt = Instant.now();
        if (config.fourEyes(c.house)) {
            c.status = CaseStatus.CLOSURE_REQUESTED;
            audit.persons(AuditAction.UPDATE, c, "case-closure-requested");
        } else {
            finish(c);
        }
        return CaseView.of(c);
    }

    /** A second process director approves a requested closure (four-eyes houses). */
    @Transactional
    public CaseView approveClosure(UUID id) {
        CovecaCase c = scope.require(id);
        if (c.status != CaseStatus.CLOSURE_REQUESTED) {
            throw ProblemException.conflict("case " + id + " has no closure waiting for approval");
        }
        if (user.id().equals(c.closureRequestedBy)) {
            throw ProblemException.conflict("the closure must be approved by a second person");
        }
        finish(c);
        return CaseView.of(c);
    }

    @Transactional
    public CaseView reopen(UUID id, String reason) {
        CovecaCase c = scope.require(id);
        if (c.status == CaseStatus.OPEN) {
            throw ProblemException.conflict("case " + id + " is open");
        }
        CaseReopening reopening = new CaseReopening();
        reopening.id = UUID.randomUUID();
        reopening.caseId = c.id;
        reopening.reopenedAt = Instant.now();
        reopening.reopenedBy = user.id();
        reopening.reason = reason.strip();
        reopening.previousClosureReason = c.closureReason;
        reopening.persist();
        c.status = CaseStatus.OPEN;
        c.closedAt = null;
        c.closureReason = null;
        c.receivingMunicipality = null;
        c.closureNote = null;
        c.closingMeetingId = null;
        c.closureRequestedBy = null;
        c.closureRequestedAt = null;
        audit.persons(AuditAction.UPDATE, c, "case-reopened");
        return CaseView.of(c);
    }

    private void finish(CovecaCase c) {
        c.status = CaseStatus.CLOSED;
        c.closedAt = Instant.now();
        outbox.publish(CaseEvents.TOPIC, c.id.toString(), CaseEvents.CLOSED, 1, c.house,
                CaseEvents.CoveCaCaseClosedV1.of(c));
        audit.persons(AuditAction.UPDATE, c, "case-closure");
    }
}
