package nl.zvh.coveca.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.zvh.coveca.cases.CaseAudit;
import nl.zvh.coveca.cases.CaseScope;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Escalation steps (the case's current AVE level follows them, by the case's rules), expert consultations and ZSM
 * scenarios. A ZSM scenario is valid for three months; after that it is listed as expired without content and
 * reading it answers 410 Gone.
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
        c.escalate(request.direction(), request.level());
        Escalation e = new Escalation(c.id(), request, user.id(), Instant.now());
        e.persist();
        audit.persons(AuditAction.UPDATE, c, "escalation");
        return EscalationViews.EscalationView.of(e);
    }

    @Transactional
    public EscalationViews.EscalationView answer(UUID caseId, UUID escalationId, String answer) {
        CovecaCase c = scope.require(caseId);
        Escalation e = Escalation.<Escalation>find("id = ?1 and caseId = ?2", escalationId, c.id())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("escalation " + escalationId));
        if (e.reply != null) {
            throw ProblemException.conflict("escalation " + escalationId + " was already answered");
        }
        e.reply = answer;
        e.answeredAt = Instant.now();
        e.answeredBy = user.id();
        audit.persons(AuditAction.UPDATE, c, "escalation");
        return EscalationViews.EscalationView.of(e);
    }

    @Transactional
    public List<EscalationViews.EscalationView> escalations(UUID caseId) {
        CovecaCase c = scope.require(caseId);
        audit.read(c);
        return of(c);
    }

    /** The case's escalation steps, oldest first, without audit: for callers that already audited the read. */
    public List<EscalationViews.EscalationView> of(CovecaCase c) {
        return Escalation.<Escalation>list("caseId = ?1 order by askedAt", c.id()).stream()
                .map(EscalationViews.EscalationView::of).toList();
    }

    @Transactional
    public EscalationViews.ConsultationView consult(UUID caseId, EscalationViews.NewConsultation request) {
        CovecaCase c = scope.requireOpen(caseId);
        ExpertConsultation x = new ExpertConsultation(c.id(), request, user.id(), Instant.now());
        x.persist();
        audit.persons(AuditAction.UPDATE, c, "expert-consultation");
        return EscalationViews.ConsultationView.of(x);
    }

    @Transactional
    public List<EscalationViews.ConsultationView> consultations(UUID caseId) {
        return readAll(caseId, id -> ExpertConsultation.<ExpertConsultation>list("caseId = ?1 order by consultedOn", id)
                .stream().map(EscalationViews.ConsultationView::of).toList());
    }

    @Transactional
    public EscalationViews.ZsmView addZsm(UUID caseId, EscalationViews.NewZsmScenario request) {
        CovecaCase c = scope.requireOpen(caseId);
        if (c.person(request.personId()).isEmpty()) {
            throw ProblemException.invalid("personId", "is not a person in this case");
        }
        ZsmScenario z = new ZsmScenario(c.id(), request, user.id(), Instant.now(), LocalDate.now(), ZSM_VALID_MONTHS);
        z.persist();
        audit.person(AuditAction.CREATE, c, z.personId, "zsm-scenario");
        return EscalationViews.ZsmView.of(z, LocalDate.now());
    }

    @Transactional
    public List<EscalationViews.ZsmView> zsmScenarios(UUID caseId) {
        CovecaCase c = scope.require(caseId);
        LocalDate today = LocalDate.now();
        List<ZsmScenario> all = ZsmScenario.list("caseId = ?1 order by createdAt", c.id());
        all.stream().filter(z -> !z.expiredOn(today))
                .forEach(z -> audit.person(AuditAction.READ, c, z.personId, "zsm-scenario"));
        return all.stream().map(z -> EscalationViews.ZsmView.of(z, today)).toList();
    }

    @Transactional
    public EscalationViews.ZsmView zsmScenario(UUID caseId, UUID scenarioId) {
        CovecaCase c = scope.require(caseId);
        ZsmScenario z = ZsmScenario.<ZsmScenario>find("id = ?1 and caseId = ?2", scenarioId, c.id())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("ZSM scenario " + scenarioId));
        if (z.expiredOn(LocalDate.now())) {
            throw new ProblemException(Problem.of(Response.Status.GONE,
                    "ZSM scenario " + scenarioId + " expired on " + z.validUntil + " and is no longer served"));
        }
        audit.person(AuditAction.READ, c, z.personId, "zsm-scenario");
        return EscalationViews.ZsmView.of(z, LocalDate.now());
    }

    /** Records of a case the caller sees, read as a whole (audited as a read of the case's persons). */
    private <V> List<V> readAll(UUID caseId, Function<UUID, List<V>> records) {
        CovecaCase c = scope.require(caseId);
        audit.read(c);
        return records.apply(c.id());
    }
}
