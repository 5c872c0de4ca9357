package nl.zvh.triage.check;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.triage.queue.QueueStatus;
import nl.zvh.triage.queue.Referrals;
import nl.zvh.triage.queue.TriagePerson;
import nl.zvh.triage.queue.TriageReferral;
import nl.zvh.triage.session.TriageConfig;

/**
 * Familiarity checks as partners and the table use them. A partner (system or member) sees and answers only its own
 * organisation's checks in its own house; the table sees every check's status, but another organisation's answer
 * only once the session has started, and a strictly confidential answer only the chair (need to know). A sensitivity
 * is raised, never lowered: a changed answer keeps at least the sensitivity it had.
 */
@ApplicationScoped
public class Checks {
    static final String AUDIT_TYPE = "familiarity-check";
    static final String CHAIR = "triage-chair";

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Referrals referrals;

    @Inject
    TriageConfig config;

    @Inject
    Clock clock;

    /** Body of an answer. */
    public record Answer(Boolean known, String summary, String sourceSystem, Sensitivity sensitivity) {
    }

    @Transactional
    public List<CheckViews.PartnerCheck> ownOrganisation(CheckStatus status) {
        var parameters = io.quarkus.panache.common.Parameters.with("house", user.requireHouse())
                .and("organisation", user.requireOrganisation()).and("waiting", QueueStatus.WAITING);
        // referral and session in the same select, the persons in batches: a few statements for any number of checks
        String where = "from FamiliarityCheck c join fetch c.referral r join fetch c.session"
                + " where c.house = :house and c.organisation = :organisation and r.status = :waiting";
        if (status != null) {
            where += " and c.status = :status";
            parameters = parameters.and("status", status);
        }
        List<FamiliarityCheck> checks = FamiliarityCheck
                .<FamiliarityCheck>find(where + " order by c.deadline, c.requestedAt", parameters).list();
        auditPersons(AuditAction.SEARCH, checks, "familiarity-check");
        return checks.stream().map(c -> CheckViews.PartnerCheck.of(c, today())).toList();
    }

    @Transactional
    public CheckViews.PartnerCheck ownCheck(UUID checkId) {
        FamiliarityCheck check = findOwn(checkId);
        auditPersons(AuditAction.READ, check, "familiarity-check");
        return CheckViews.PartnerCheck.of(check, today());
    }

    @Transactional
    public CheckViews.PartnerCheck answer(UUID checkId, Answer answer) {
        FamiliarityCheck check = findOwn(checkId);
        Referrals.enforce(check.referral::requireOpenForChecks);
        if (Boolean.TRUE.equals(answer.known()) && (answer.summary() == null || answer.summary().isBlank())) {
            throw ProblemException.invalid("summary", "is required when the person is known");
        }
        Sensitivity sensitivity = answer.sensitivity() != null
                ? answer.sensitivity()
                : check.sensitivity != null ? check.sensitivity : Sensitivity.NORMAL;
        if (check.sensitivity != null && sensitivity.compareTo(check.sensitivity) < 0) {
            throw ProblemException.invalid("sensitivity", "cannot be lowered below " + check.sensitivity
                    + " once answered; an answer's sensitivity is only raised");
        }
        check.status = CheckStatus.ANSWERED;
        check.known = answer.known();
        check.summary = answer.summary();
        check.sourceSystem = answer.sourceSystem();
        check.sensitivity = sensitivity;
        check.answeredAt = clock.instant();
        check.answeredBy = user.name();
        auditPersons(AuditAction.UPDATE, check, "familiarity-check");
        return CheckViews.PartnerCheck.of(check, today());
    }

    /** The checks of one referral of the caller's house, as the table sees them. */
    @Transactional
    public List<CheckViews.TableCheck> ofReferral(UUID referralId) {
        TriageReferral referral = referrals.ofHouse(referralId, user.requireHouse());
        List<FamiliarityCheck> checks = FamiliarityCheck
                .<FamiliarityCheck>find("referral = ?1 order by organisation", referral).list();
        String organisation = user.organisation();
        boolean chair = user.hasRole(CHAIR);
        return checks.stream().map(c -> {
            boolean own = c.organisation.equals(organisation);
            boolean confidential = c.status == CheckStatus.ANSWERED
                    && c.sensitivity == Sensitivity.STRICTLY_CONFIDENTIAL && !own && !chair;
            boolean visible = own || c.session.hasStarted(clock.instant(), config.zone()) && !confidential;
            if (visible && c.status == CheckStatus.ANSWERED) {
                auditPersons(AuditAction.READ, c, "triage");
            }
            return new CheckViews.TableCheck(c.checkId, c.organisation, c.deadline, c.status, c.isOverdue(today()),
                    visible, visible ? CheckViews.AnswerView.of(c) : null, confidential);
        }).toList();
    }

    /** Open checks past their deadline in the caller's house, for the chair. */
    @Transactional
    public List<CheckViews.OverdueCheck> overdue() {
        return FamiliarityCheck.<FamiliarityCheck>find("""
                house = ?1 and status = ?2 and deadline < ?3 and referral.status = ?4
                order by deadline""", user.requireHouse(), CheckStatus.OPEN, today(), QueueStatus.WAITING).list()
                .stream().map(c -> new CheckViews.OverdueCheck(c.checkId, c.referral.referralId(), c.organisation,
                        c.deadline, c.session.sessionDate))
                .toList();
    }

    private FamiliarityCheck findOwn(UUID checkId) {
        return FamiliarityCheck
                .<FamiliarityCheck>find("checkId = ?1 and house = ?2 and organisation = ?3", checkId,
                        user.requireHouse(), user.requireOrganisation())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("familiarity check " + checkId));
    }

    /** One audit row per person of each check, in one statement (a partner's list of open checks is one write). */
    private void auditPersons(AuditAction action, List<FamiliarityCheck> checks, String purpose) {
        audit.recordAll(action, AUDIT_TYPE, checks.stream()
                .flatMap(c -> c.referral.persons().stream()
                        .map(p -> new AuditLog.Touched(c.checkId.toString(), p.personId().toString())))
                .toList(), purpose);
    }

    private void auditPersons(AuditAction action, FamiliarityCheck check, String purpose) {
        for (TriagePerson p : check.referral.persons()) {
            audit.record(action, AUDIT_TYPE, check.checkId.toString(), p.personId().toString(), purpose);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }
}
