package nl.zvh.coveca.cases;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.coveca.config.CovecaConfig;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.shell.SignedInUser;

/**
 * Closing with a reason (and the closing meeting), the second person's approval or refusal (with a reason) in
 * four-eyes houses, and reopening
 * with a reason (the rules are the case's). CoveCaCaseClosed is published in the transaction that closes the case.
 */
@ApplicationScoped
public class CaseClosure {
    /** The longest reason of a refusal. */
    public static final int MAX_REASON = 2000;

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
    Cases cases;

    @Inject
    SecurityIdentity identity;

    @Transactional
    public CaseView close(UUID id, CaseRequests.Closure request) {
        CovecaCase c = scope.require(id);
        c.requireOpen();
        boolean meetingOfThisCase = request.closingMeetingId() != null
                && cases.hasMeeting(c.id(), request.closingMeetingId());
        if (c.requestClosure(request, meetingOfThisCase, user.id(), Instant.now(), config.fourEyes(c.house()))) {
            closed(c);
        } else {
            audit.persons(AuditAction.UPDATE, c, "case-closure-requested");
        }
        return CaseView.of(c);
    }

    /** A second process director approves a requested closure (four-eyes houses). */
    @Transactional
    public CaseView approveClosure(UUID id) {
        CovecaCase c = scope.require(id);
        c.approveClosure(user.id(), Instant.now());
        closed(c);
        return CaseView.of(c);
    }

    /** A second process director refuses a requested closure with a reason: the case stays open. */
    @Transactional
    public CaseView refuseClosure(UUID id, String reason) {
        CovecaCase c = scope.require(id);
        requireReason(reason);
        c.refuseClosure(user.id());
        ApprovalRefusal.record(c, ApprovalRefusal.CLOSURE, reason, user.id(), SignedInUser.of(identity).displayName(),
                Instant.now());
        audit.persons(AuditAction.UPDATE, c, "case-closure-refused");
        return CaseView.of(c);
    }

    /** A refusal's reason: required, at most {@value #MAX_REASON} characters (400 naming the field otherwise). */
    public static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw ProblemException.invalid("reason", "is required, at most " + MAX_REASON + " characters");
        }
    }

    @Transactional
    public CaseView reopen(UUID id, String reason) {
        CovecaCase c = scope.require(id);
        c.reopen(user.id(), reason, Instant.now()).persist();
        audit.persons(AuditAction.UPDATE, c, "case-reopened");
        return CaseView.of(c);
    }

    /**
     * Another house accepted the handover of case {@code caseId} of {@code house} (an event, no user): the open case
     * closes as moved out of the region with the receiving municipality, by the case's own closure rule. No second
     * person's approval in a four-eyes house: the sender chose the handover and another house's process director
     * accepted it. A case no longer open (closed or closing meanwhile, or erased) is left as it is.
     *
     * @return true when the case closed now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean closeOnHandover(UUID caseId, String house, String receivingMunicipality, String note,
            String consumer) {
        CovecaCase c = CovecaCase.<CovecaCase>find("id = ?1 and house = ?2 and erasedAt is null", caseId, house)
                .firstResult();
        if (c == null || !c.isOpen()) {
            return false;
        }
        c.requestClosure(new CaseRequests.Closure(ClosureReason.MOVED_OUT_OF_REGION, receivingMunicipality, note, null),
                false, "system:" + consumer, Instant.now(), false);
        outbox.publish(CaseEvents.CLOSED_V1, c.id(), c.house(), CaseEvents.CoveCaCaseClosedV1.of(c));
        audit.bySystem(AuditAction.UPDATE, c, consumer, "case-closure-handover");
        return true;
    }

    private void closed(CovecaCase c) {
        outbox.publish(CaseEvents.CLOSED_V1, c.id(), c.house(), CaseEvents.CoveCaCaseClosedV1.of(c));
        audit.persons(AuditAction.UPDATE, c, "case-closure");
    }
}
