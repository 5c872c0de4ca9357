package nl.zvh.coveca.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseAudit;
import nl.zvh.coveca.cases.CaseScope;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Escalation steps (the case's current AVE level follows them), expert consultations and ZSM scenarios. A ZSM
 * scenario is valid for three months; after that it is listed as expired without content and reading it answers
 * 410 Gone.
 */
@ApplicationScoped
public class Escalations {
    static final int ZSM_VALID_MONTHS = 3;

    @Inject
    CaseScope scope;
    @Inject
    CurrentUser user;
    @Inject
    CaseAudit audit;

    @Transactional
    public EscalationViews.EscalationView raise(UUID caseId, EscalationViews.NewEscalation request) {
        CovecaCase c = scope.requireOpen(caseId);
        AveLevel current = c.escalationLevel == null ? null : AveLevel.valueOf(c.escalationLevel);
        switch (request.direction()) {
            case ESCALATE -> {
                if (request.level() == null) {
                    throw ProblemException.invalid("level", "is required to escalate");
                }
                if (current != null && request.level().compareTo(current) <= 0) {
                    throw ProblemException.invalid("level", "must be above the current level " + current);
                }
            }
            case DE_ESCALATE -> {
                if (request.level() == null) {
                    throw ProblemException.invalid("level", "is required to de-escalate");
                }
                if (current == null || request.level().compareTo(current) >= 0) {
                    throw ProblemException.invalid("level", "must be below the current level " + current);
                }
            }
            case SCALE_DOWN_TO_REGULAR_CARE -> {
                if (request.level() != null) {
                    throw ProblemException.invalid("level", "does not apply when scaling down to regular care");
                }
            }
        }
        Escalation e = new Escalation();
        e.id = UUID.randomUUID();
        e.caseId = c.id;
        e.direction = request.direction();
        e.level = request.level();
        e.question = request.question();
        e.raisedAt = Instant.now();
        e.raisedBy = user.id();
        e.persist();
        c.escalationLevel = request.level() == null ? null : request.level().name();
        audit.persons(AuditAction.UPDATE, c, "escalation");
        return EscalationViews.EscalationView.of(e);
    }

    @Transactional
    public EscalationViews.EscalationView answer(UUID caseId, UUID escalationId, String answer) {
        CovecaCase c = scope.require(caseId);
        Escalation e = Escalation.<Escalation>find("id = ?1 and caseId = ?2", escalationId, c.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("escalation " + escalationId));
        if (e.answer != null) {
            throw ProblemException.conflict("escalation " + escalationId + " was already answered");
        }
        e.answer = answer;
        e.answeredAt = Instant.now();
        e.answeredBy = user.id();
        audit.persons(AuditAction.UPDATE, c, "escalation");
        return EscalationViews.EscalationView.of(e);
    }

    @Transactional
    public List<EscalationViews.EscalationView> escalations(UUID caseId) {
        CovecaCase c = scope.require(caseId);
        audit.read(c);
        return Escalation.<Escalation>list("caseId = ?1 order by raisedAt", c.id).stream()
                .map(EscalationViews.EscalationView::of).toList();
    }

    @Transactional
    public EscalationViews.ConsultationView consult(UUID caseId, EscalationViews.NewConsultation request) {
        CovecaCase c = scope.requireOpen(caseId);
        ExpertConsultation x = new ExpertConsultation();
        x.id = UUID.randomUUID();
        x.caseId = c.id;
        x.expertType = request.expertType();
        x.expertName = request.expertName();
        x.question = request.question();
        x.advice = request.advice();
        x.consultedOn = request.consultedOn();
        x.recordedBy = user.id();
        x.createdAt = Instant.now();
        x.persist();
        audit.persons(AuditAction.UPDATE, c, "expert-consultation");
        return EscalationViews.ConsultationView.of(x);
    }

    @Transactional
    public List<EscalationViews.ConsultationView> consultations(UUID caseId) {
        CovecaCase c = scope.require(caseId);
        audit.read(c);
        return ExpertConsultation.<ExpertConsultation>list("caseId = ?1 order by consultedOn", c.id).stream()
                .map(EscalationViews.ConsultationView::of).toList();
    }

    @Transactional
    public EscalationViews.ZsmView addZsm(UUID caseId, EscalationViews.NewZsmScenario request) {
        CovecaCase c = scope.requireOpen(caseId);
        if (c.person(request.personId()).isEmpty()) {
            throw ProblemException.invalid("personId", "is not a person in this case");
        }
        ZsmScenario z = new ZsmScenario();
        z.id = UUID.randomUUID();
        z.caseId = c.id;
        z.personId = request.personId();
        z.scenario = request.scenario();
        z.advice = request.advice();
        z.createdAt = Instant.now();
        z.createdBy = user.id();
        z.validUntil = LocalDate.now().plusMonths(ZSM_VALID_MONTHS);
        z.persist();
        audit.person(AuditAction.CREATE, c, z.personId, "zsm-scenario");
        return EscalationViews.ZsmView.of(z, LocalDate.now());
    }

    @Transactional
    public List<EscalationViews.ZsmView> zsmScenarios(UUID caseId) {
        CovecaCase c = scope.require(caseId);
        LocalDate today = LocalDate.now();
        List<ZsmScenario> all = ZsmScenario.list("caseId = ?1 order by createdAt", c.id);
        all.stream().filter(z -> !z.expiredOn(today))
                .forEach(z -> audit.person(AuditAction.READ, c, z.personId, "zsm-scenario"));
        return all.stream().map(z -> EscalationViews.ZsmView.of(z, today)).toList();
    }

    @Transactional
    public EscalationViews.ZsmView zsmScenario(UUID caseId, UUID scenarioId) {
        CovecaCase c = scope.require(caseId);
        ZsmScenario z = ZsmScenario.<ZsmScenario>find("id = ?1 and caseId = ?2", scenarioId, c.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("ZSM scenario " + scenarioId));
        if (z.expiredOn(LocalDate.now())) {
            throw new ProblemException(Problem.of(Response.Status.GONE,
                    "ZSM scenario " + scenarioId + " expired on " + z.validUntil + " and is no longer served"));
        }
        audit.person(AuditAction.READ, c, z.personId, "zsm-scenario");
        return EscalationViews.ZsmView.of(z, LocalDate.now());
    }
}
