package nl.zvh.coveca.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseAudit;
import nl.zvh.coveca.cases.CasePerson;
import nl.zvh.coveca.cases.CaseScope;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.coveca.reference.LifeDomains;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/** Recording monitoring rounds and reading a person's trend per life domain. Audited per person. */
@ApplicationScoped
public class Monitoring {

    @Inject
    CaseScope scope;

    @Inject
    CurrentUser user;

    @Inject
    LifeDomains lifeDomains;

    @Inject
    CaseAudit audit;

    @Transactional
    public MonitoringViews.Round record(UUID caseId, UUID personId, MonitoringViews.NewRound request) {
        CovecaCase c = scope.requireOpen(caseId);
        CasePerson person = c.person(personId).orElseThrow(() -> ProblemException.notFound("person " + personId));
        for (String domain : request.scores().keySet()) {
            if (!lifeDomains.isDomainOf(c.house(), domain)) {
                throw ProblemException.invalid("scores." + domain, "is not a life domain of this house");
            }
        }
        MonitoringRound round = new MonitoringRound();
        round.id = UUID.randomUUID();
        round.caseId = c.id();
        round.personId = person.personId();
        round.roundNo = (int) MonitoringRound.count("caseId = ?1 and personId = ?2", c.id(), person.personId()) + 1;
        round.scoredOn = request.scoredOn() == null ? LocalDate.now() : request.scoredOn();
        round.scoredBy = user.id();
        round.createdAt = Instant.now();
        request.scores().forEach((domain, score) -> round.scores.put(domain, score.shortValue()));
        round.persist();
        audit.person(AuditAction.CREATE, c, person.personId(), "life-domain-monitoring");
        return MonitoringViews.Round.of(round);
    }

    @Transactional
    public MonitoringViews.Trend trend(UUID caseId, UUID personId) {
        CovecaCase c = scope.require(caseId);
        CasePerson person = c.person(personId).orElseThrow(() -> ProblemException.notFound("person " + personId));
        audit.person(AuditAction.READ, c, person.personId(), "life-domain-monitoring");
        return trendOf(c, person.personId());
    }

    /** The trend without audit: for callers that already audited the read of the case. */
    public MonitoringViews.Trend trendOf(CovecaCase c, UUID personId) {
        List<MonitoringRound> rounds = MonitoringRound.list("caseId = ?1 and personId = ?2 order by roundNo", c.id(),
                personId);
        List<MonitoringViews.DomainTrend> domains = new ArrayList<>();
        for (LifeDomains.LifeDomain domain : lifeDomains.of(c.house())) {
            List<Integer> scores = rounds.stream().map(r -> r.scores.get(domain.code()))
                    .map(s -> s == null ? null : (int) s).toList();
            List<Integer> scored = scores.stream().filter(Objects::nonNull).toList();
            Integer change = scored.size() < 2 ? null : scored.get(scored.size() - 1) - scored.get(0);
            domains.add(new MonitoringViews.DomainTrend(domain.code(), domain.nameNl(), scores, change));
        }
        return new MonitoringViews.Trend(personId, rounds.stream().map(MonitoringViews.Round::of).toList(), domains);
    }

    /** Last scoring date per person, per case of {@code caseIds} (one query for a whole worklist). */
    public static Map<UUID, Map<UUID, LocalDate>> lastScored(java.util.Collection<UUID> caseIds) {
        Map<UUID, Map<UUID, LocalDate>> last = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return last;
        }
        MonitoringRound.getEntityManager()
                .createQuery("select r.caseId, r.personId, max(r.scoredOn) from MonitoringRound r"
                        + " where r.caseId in ?1 group by r.caseId, r.personId", Object[].class)
                .setParameter(1, caseIds).getResultList()
                .forEach(row -> last.computeIfAbsent((UUID) row[0], k -> new java.util.HashMap<>()).put((UUID) row[1],
                        (LocalDate) row[2]));
        return last;
    }
}
