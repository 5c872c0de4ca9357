package nl.zvh.coveca.plan;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.ApprovalRefusal;
import nl.zvh.coveca.cases.CaseAudit;
import nl.zvh.coveca.cases.CaseClosure;
import nl.zvh.coveca.cases.CaseScope;
import nl.zvh.coveca.cases.Cases;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.coveca.config.CovecaConfig;
import nl.zvh.coveca.reference.LifeDomains;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.shell.SignedInUser;

/**
 * Goals and agreements of a case's action plan. Every change raises the plan version and is appended to the plan's
 * history; in four-eyes houses a changed plan counts as approved only after a second process director approved it.
 */
@ApplicationScoped
public class Plans {

    @Inject
    CaseScope scope;

    @Inject
    CurrentUser user;

    @Inject
    CovecaConfig config;

    @Inject
    LifeDomains lifeDomains;

    @Inject
    PlanHistory history;

    @Inject
    CaseAudit audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    Cases cases;

    @Transactional
    public PlanView get(UUID caseId) {
        CovecaCase c = scope.require(caseId);
        audit.read(c);
        return view(c);
    }

    @Transactional
    public List<PlanView.Change> history(UUID caseId) {
        CovecaCase c = scope.require(caseId);
        audit.read(c);
        return history.of(c.id());
    }

    @Transactional
    public PlanView addGoal(UUID caseId, PlanRequests.NewGoal request) {
        CovecaCase c = scope.requireOpen(caseId);
        if (!lifeDomains.isDomainOf(c.house(), request.lifeDomain())) {
            throw ProblemException.invalid("lifeDomain", "is not a life domain of this house");
        }
        PlanGoal goal = new PlanGoal();
        goal.id = UUID.randomUUID();
        goal.caseId = c.id();
        goal.lifeDomain = request.lifeDomain();
        goal.description = request.description();
        goal.createdAt = Instant.now();
        goal.createdBy = user.id();
        goal.persist();
        changed(c, "GOAL", goal.id, "CREATED", PlanView.GoalView.of(goal));
        return view(c);
    }

    @Transactional
    public PlanView addAgreement(UUID caseId, PlanRequests.NewAgreement request) {
        CovecaCase c = scope.requireOpen(caseId);
        if (request.goalId() != null && PlanGoal.count("id = ?1 and caseId = ?2", request.goalId(), c.id()) == 0) {
            throw ProblemException.invalid("goalId", "is not a goal of this case");
        }
        if (request.meetingId() != null && !cases.hasMeeting(c.id(), request.meetingId())) {
            throw ProblemException.invalid("meetingId", "is not a meeting of this case");
        }
        Agreement a = new Agreement();
        a.id = UUID.randomUUID();
        a.caseId = c.id();
        a.goalId = request.goalId();
        a.meetingId = request.meetingId();
        a.description = request.description();
        a.ownerOrganisation = request.ownerOrganisation().strip();
        a.ownerPerson = request.ownerPerson();
        a.dueDate = request.dueDate();
        a.status = AgreementStatus.OPEN;
        a.createdAt = Instant.now();
        a.statusChangedAt = a.createdAt;
        a.createdBy = user.id();
        a.persist();
        changed(c, "AGREEMENT", a.id, "CREATED", PlanView.AgreementView.of(a));
        return view(c);
    }

    @Transactional
    public PlanView changeStatus(UUID caseId, UUID agreementId, PlanRequests.StatusChange request) {
        CovecaCase c = scope.requireOpen(caseId);
        Agreement a = find(c, agreementId);
        if (request.status() != AgreementStatus.DONE && request.status() != AgreementStatus.DROPPED) {
            throw ProblemException.invalid("status", "can only be set to DONE or DROPPED");
        }
        if (a.status == AgreementStatus.DONE || a.status == AgreementStatus.DROPPED) {
            throw ProblemException.conflict("agreement " + agreementId + " is already " + a.status);
        }
        if (request.status() == AgreementStatus.DROPPED && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.invalid("reason", "is required when an agreement is dropped");
        }
        a.status = request.status();
        a.dropReason = request.status() == AgreementStatus.DROPPED ? request.reason() : null;
        a.statusChangedAt = Instant.now();
        changed(c, "AGREEMENT", a.id, "STATUS_" + a.status, PlanView.AgreementView.of(a));
        return view(c);
    }

    /**
     * The description, owner and due date of an open agreement change (a partner asked for it); a new due date in
     * the future makes an overdue agreement open again. A new plan version, recorded in the history.
     */
    @Transactional
    public PlanView editAgreement(UUID caseId, UUID agreementId, PlanRequests.AgreementEdit edit) {
        CovecaCase c = scope.requireOpen(caseId);
        Agreement a = find(c, agreementId);
        if (a.status != AgreementStatus.OPEN && a.status != AgreementStatus.OVERDUE) {
            throw ProblemException.conflict("agreement " + agreementId + " is already " + a.status);
        }
        a.description = edit.description().strip();
        a.ownerOrganisation = edit.ownerOrganisation().strip();
        a.ownerPerson = edit.ownerPerson();
        if (!edit.dueDate().equals(a.dueDate) && a.status == AgreementStatus.OVERDUE
                && !edit.dueDate().isBefore(java.time.LocalDate.now())) {
            a.status = AgreementStatus.OPEN;
            a.statusChangedAt = Instant.now();
        }
        a.dueDate = edit.dueDate();
        changed(c, "AGREEMENT", a.id, "CHANGED", PlanView.AgreementView.of(a));
        return view(c);
    }

    /**
     * Records in the plan's history, without a new version, a note on an agreement (a declined change request); the
     * snapshot names the agreement and the note.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noted(CovecaCase c, UUID agreementId, String change, String note) {
        Agreement a = find(c, agreementId);
        history.append(c.id(), c.plan().version(), "AGREEMENT", a.id, change, new Note(a.description, note), user.id(),
                myName());
        audit.persons(AuditAction.UPDATE, c, "action-plan");
    }

    /** The snapshot of a note on an agreement in the plan's history. */
    public record Note(String description, String note) {
    }

    /** A second process director approves the current plan version (four-eyes houses). */
    @Transactional
    public PlanView approve(UUID caseId) {
        CovecaCase c = scope.requireOpen(caseId);
        c.approvePlan(user.id());
        history.append(c.id(), c.plan().version(), "PLAN", null, "APPROVED", null, user.id(), myName());
        return view(c);
    }

    /**
     * A second process director refuses the current plan version with a reason (four-eyes houses): it waits for a new
     * change; the plan's history records the refusal.
     */
    @Transactional
    public PlanView reject(UUID caseId, String reason) {
        CovecaCase c = scope.requireOpen(caseId);
        CaseClosure.requireReason(reason);
        c.rejectPlan(user.id());
        ApprovalRefusal.record(c, ApprovalRefusal.PLAN, reason, user.id(), myName(), Instant.now());
        history.append(c.id(), c.plan().version(), "PLAN", null, "REJECTED", new Refusal(reason.strip()), user.id(),
                myName());
        audit.persons(AuditAction.UPDATE, c, "action-plan-refused");
        return view(c);
    }

    /** The snapshot of a refusal in the plan's history. */
    public record Refusal(String reason) {
    }

    /** An agreement of the case as it now stands (404 when the case has no such agreement). */
    public PlanView.AgreementView agreement(CovecaCase c, UUID agreementId) {
        return PlanView.AgreementView.of(find(c, agreementId));
    }

    private static Agreement find(CovecaCase c, UUID agreementId) {
        return Agreement.<Agreement>find("id = ?1 and caseId = ?2", agreementId, c.id()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("agreement " + agreementId));
    }

    private void changed(CovecaCase c, String subjectType, UUID subjectId, String change, Object snapshot) {
        int version = c.planChanged(user.id(), config.fourEyes(c.house()));
        history.append(c.id(), version, subjectType, subjectId, change, snapshot, user.id(), myName());
        audit.persons(AuditAction.UPDATE, c, "action-plan");
    }

    /** The caller's name as people read it (token claim {@code name}), or null. */
    private String myName() {
        return SignedInUser.of(identity).displayName();
    }

    public PlanView view(CovecaCase c) {
        return new PlanView(c.id(), c.plan().version(), c.plan().approvedVersion(), c.plan().isApproved(),
                config.fourEyes(c.house()),
                PlanGoal.<PlanGoal>list("caseId = ?1 order by createdAt", c.id()).stream().map(PlanView.GoalView::of)
                        .toList(),
                Agreement.<Agreement>list("caseId = ?1 order by dueDate, createdAt", c.id()).stream()
                        .map(PlanView.AgreementView::of).toList());
    }
}
