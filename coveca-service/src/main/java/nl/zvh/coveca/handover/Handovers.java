package nl.zvh.coveca.handover;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseAudit;
import nl.zvh.coveca.cases.CaseClosure;
import nl.zvh.coveca.cases.CaseOpening;
import nl.zvh.coveca.cases.CasePerson;
import nl.zvh.coveca.cases.CaseScope;
import nl.zvh.coveca.cases.CaseSource;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.coveca.cases.OpenCase;
import nl.zvh.coveca.cases.PersonRole;
import nl.zvh.coveca.cases.ProcessDirector;
import nl.zvh.coveca.monitoring.Monitoring;
import nl.zvh.coveca.monitoring.MonitoringViews;
import nl.zvh.coveca.plan.PlanGoal;
import nl.zvh.coveca.reference.LifeDomains;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.event.MalformedEventException;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.shell.SignedInUser;

/**
 * Handing a case over to another house and answering another house's request.
 * <p>
 * Sending: whoever may close the case (the {@link CaseScope}: the house's own process directors, or a partner's
 * process director involved in it) hands an open case over, once at a time, to another house and one of its
 * municipalities with a summary; the handover and CaseHandoverRequested commit together. When the answer comes back
 * (an event), an accepted handover closes the case as moved out of the region with the receiving municipality (the
 * case's own closure rule), a declined one leaves it open with the receiver's reason.
 * <p>
 * Receiving: only the receiving house's own process directors (its staff organisation) see its incoming requests; any
 * other caller, and every other house, gets "not found". Accepting opens the receiving house's case (source
 * HANDOVER, the persons of the summary, the receiving municipality, started today, the accepting director directing
 * it) and publishes CaseHandoverAccepted in one transaction; declining needs a reason and publishes
 * CaseHandoverDeclined.
 */
@ApplicationScoped
public class Handovers {
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Inject
    CurrentUser user;

    @Inject
    SecurityIdentity identity;

    @Inject
    CaseScope scope;

    @Inject
    CaseAudit caseAudit;

    @Inject
    HandoverAudit audit;

    @Inject
    CaseOpening opening;

    @Inject
    CaseClosure closure;

    @Inject
    Houses houses;

    @Inject
    Outbox outbox;

    @Inject
    Monitoring monitoring;

    @Inject
    LifeDomains lifeDomains;

    /** The houses the caller's house can hand a case over to. */
    public List<HandoverViews.House> receivingHouses() {
        return houses.otherThan(user.requireHouse());
    }

    /** Hands the open case over (409 when it waits for an answer already, or is not open). */
    @Transactional
    public HandoverViews.Outgoing request(HandoverRequests.NewHandover request) {
        CovecaCase c = scope.require(request.caseId());
        c.requireOpen();
        HandoverViews.House receiving = houses.requireReceiving(c.house(), request.receivingHouse());
        String municipality = Houses.requireMunicipality(receiving, request.receivingMunicipality());
        if (Handover.count("caseId = ?1 and status = ?2", c.id(), HandoverStatus.REQUESTED) > 0) {
            throw ProblemException.conflict("case " + c.id() + " already waits for the answer to a handover");
        }
        Instant now = Instant.now();
        Handover h = new Handover(
                c.house(), c.id(), new HandoverRequests.NewHandover(c.id(), receiving.code(), municipality,
                        request.summary(), request.withLifeDomains(), request.withPlanGoals()),
                user.id(), displayName(), now);
        h.persist();
        List<HandoverEvents.Person> persons = c.persons().stream().filter(p -> p.endedAt() == null)
                .map(Handovers::eventPerson).toList();
        outbox.publish(HandoverEvents.REQUESTED_V1, h.id(), c.house(),
                new HandoverEvents.CaseHandoverRequestedV1(h.id(), c.house(), c.id(), receiving.code(), municipality,
                        c.intensity(), c.subApproach(), c.startDate(), h.summary(), persons,
                        h.withLifeDomains() ? lifeDomainLines(c) : List.of(),
                        h.withPlanGoals() ? planGoalLines(c) : List.of(), h.requestedByName(), now));
        caseAudit.persons(AuditAction.EXPORT, c, "case-handover-requested");
        return HandoverViews.Outgoing.of(h, receiving.name());
    }

    /** The handovers of a case the caller sees, newest first (404 otherwise). */
    @Transactional
    public List<HandoverViews.Outgoing> ofCase(UUID caseId) {
        CovecaCase c = scope.require(caseId);
        return Handover.<Handover>list("caseId = ?1 and house = ?2 order by requestedAt desc", c.id(), c.house())
                .stream().map(h -> HandoverViews.Outgoing.of(h, houses.name(h.receivingHouse()))).toList();
    }

    /** The incoming requests of the caller's house, waiting ones first then newest first (house staff only). */
    @Transactional
    public List<HandoverViews.Incoming> incoming() {
        if (!scope.isHouseStaff()) {
            return List.of();
        }
        List<IncomingHandover> list = IncomingHandover.list(
                "house = ?1 and erasedAt is null order by case when status = ?2 then 0 else 1 end, receivedAt desc",
                user.requireHouse(), HandoverStatus.REQUESTED);
        audit.listed(list, "case-handover-list");
        return list.stream().map(h -> HandoverViews.Incoming.of(h, houses.name(h.sendingHouse()))).toList();
    }

    /** How many requests wait for the caller's house (0 for anyone but the house's own process directors). */
    @Transactional
    public long waiting() {
        if (user.house() == null || !scope.isHouseStaff()) {
            return 0;
        }
        return IncomingHandover.count("house = ?1 and status = ?2 and erasedAt is null", user.requireHouse(),
                HandoverStatus.REQUESTED);
    }

    /** One incoming request, read (audited); 404 for another house's or anyone but the house staff. */
    @Transactional
    public HandoverViews.Incoming incoming(UUID id) {
        IncomingHandover h = requireIncoming(id);
        audit.persons(AuditAction.READ, h, "case-handover");
        return HandoverViews.Incoming.of(h, houses.name(h.sendingHouse()));
    }

    /** Accepts: the house's new case opens and CaseHandoverAccepted is published (409 once answered). */
    @Transactional
    public HandoverViews.Incoming accept(UUID id) {
        IncomingHandover h = requireIncoming(id);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(NL);
        if (h.status() != HandoverStatus.REQUESTED) {
            throw ProblemException.conflict("handover " + id + " was answered already");
        }
        CovecaCase c = opening.open(new OpenCase(h.house(), h.receivingMunicipality(), h.intensity(), h.subApproach(),
                CaseSource.HANDOVER, null, null, today, new ProcessDirector(user.id(), user.name(), displayName()),
                h.persons().stream().map(HandoverPerson::asCasePerson).toList(), List.of())).orElseThrow();
        h.accept(c.id(), user.id(), displayName(), now);
        outbox.publish(HandoverEvents.ACCEPTED_V1, h.id(), h.house(), new HandoverEvents.CaseHandoverAcceptedV1(h.id(),
                h.sendingHouse(), h.sendingCaseId(), h.house(), h.receivingMunicipality(), today, now));
        caseAudit.persons(AuditAction.CREATE, c, "case-opening-handover");
        audit.persons(AuditAction.UPDATE, h, "case-handover-accepted");
        return HandoverViews.Incoming.of(h, houses.name(h.sendingHouse()));
    }

    /** Declines with a reason (400 on {@code reason} without one); CaseHandoverDeclined is published. */
    @Transactional
    public HandoverViews.Incoming decline(UUID id, String reason) {
        IncomingHandover h = requireIncoming(id);
        if (reason == null || reason.isBlank() || reason.strip().length() > HandoverRequests.MAX_REASON) {
            throw ProblemException.invalid("reason",
                    "is required, at most " + HandoverRequests.MAX_REASON + " characters");
        }
        Instant now = Instant.now();
        h.decline(reason.strip(), user.id(), displayName(), now);
        outbox.publish(HandoverEvents.DECLINED_V1, h.id(), h.house(), new HandoverEvents.CaseHandoverDeclinedV1(h.id(),
                h.sendingHouse(), h.sendingCaseId(), h.house(), h.declineReason(), now));
        audit.persons(AuditAction.UPDATE, h, "case-handover-declined");
        return HandoverViews.Incoming.of(h, houses.name(h.sendingHouse()));
    }

    /**
     * CaseHandoverRequested arrived: the receiving house's request, once per handover (a repeated event changes
     * nothing). In the consumer's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(EventEnvelope envelope, HandoverEvents.CaseHandoverRequestedV1 e, String consumer) {
        if (e.handoverId() == null || e.sendingHouse() == null || e.receivingHouse() == null
                || e.sendingCaseId() == null || e.receivingMunicipality() == null || e.intensity() == null
                || e.subApproach() == null || e.summary() == null || e.persons() == null
                || e.persons().stream().noneMatch(p -> PersonRole.MAIN.name().equals(p.role()))) {
            throw new MalformedEventException("CaseHandoverRequested lacks a field or a main person");
        }
        if (envelope.house() != null && !envelope.house().equals(e.sendingHouse())) {
            throw new MalformedEventException(
                    "CaseHandoverRequested of house " + envelope.house() + " names sender " + e.sendingHouse());
        }
        if (IncomingHandover.findByIdOptional(e.handoverId()).isPresent()) {
            return;
        }
        List<HandoverPerson> persons = e.persons().stream()
                .map(p -> new HandoverPerson(p.personId() == null ? UUID.randomUUID() : p.personId(),
                        PersonRole.MAIN.name().equals(p.role()) ? PersonRole.MAIN : PersonRole.SYSTEM_MEMBER,
                        p.relation(), p.gender(), p.firstName(), p.surnamePrefix(), p.lastName(), p.dateOfBirth()))
                .toList();
        IncomingHandover h = IncomingHandover.of(e, persons, Instant.now());
        h.persist();
        audit.bySystem(AuditAction.CREATE, h.house(), h.id().toString(),
                persons.stream().map(p -> p.personId().toString()).toList(), consumer, "case-handover-received");
    }

    /**
     * CaseHandoverAccepted arrived: the sending house's handover is accepted and its case closes as moved out of
     * the region with the receiving municipality. A repeated answer, or one for a handover the house no longer has,
     * changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accepted(HandoverEvents.CaseHandoverAcceptedV1 e, String consumer) {
        Handover h = sent(e.handoverId(), e.sendingHouse());
        if (h != null && h.accepted(Instant.now())) {
            closure.closeOnHandover(h.caseId(), h.house(), h.receivingMunicipality(),
                    "Overgedragen aan " + houses.name(h.receivingHouse()), consumer);
        }
    }

    /** CaseHandoverDeclined arrived: the handover is declined with the reason; the case stays open. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void declined(HandoverEvents.CaseHandoverDeclinedV1 e, String consumer) {
        if (e.reason() == null || e.reason().isBlank()) {
            throw new MalformedEventException("CaseHandoverDeclined lacks its reason");
        }
        Handover h = sent(e.handoverId(), e.sendingHouse());
        if (h != null && h.declined(e.reason(), Instant.now())) {
            audit.bySystem(AuditAction.UPDATE, h.house(), h.id().toString(), List.of(), consumer,
                    "case-handover-declined");
        }
    }

    private static Handover sent(UUID handoverId, String sendingHouse) {
        if (handoverId == null || sendingHouse == null) {
            throw new MalformedEventException("the answer to a handover lacks handoverId or sendingHouse");
        }
        return Handover.<Handover>find("id = ?1 and house = ?2", handoverId, sendingHouse).firstResult();
    }

    private IncomingHandover requireIncoming(UUID id) {
        if (!scope.isHouseStaff()) {
            throw ProblemException.notFound("handover " + id);
        }
        return IncomingHandover
                .<IncomingHandover>find("id = ?1 and house = ?2 and erasedAt is null", id, user.requireHouse())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("handover " + id));
    }

    private static HandoverEvents.Person eventPerson(CasePerson p) {
        HandoverPerson h = HandoverPerson.of(p);
        return new HandoverEvents.Person(h.personId(), h.role().name(), h.relation(), h.gender(), h.firstName(),
                h.surnamePrefix(), h.lastName(), h.dateOfBirth());
    }

    /** The main person's latest score per life domain scored ({@code Financiën: 2 van 5}). */
    private List<String> lifeDomainLines(CovecaCase c) {
        List<String> lines = new ArrayList<>();
        c.mainPerson().ifPresent(p -> {
            MonitoringViews.Trend trend = monitoring.trendOf(c, p.personId());
            for (MonitoringViews.DomainTrend d : trend.domains()) {
                d.scores().stream().filter(s -> s != null).reduce((a, b) -> b)
                        .ifPresent(s -> lines.add(d.name() + ": " + s + " van 5"));
            }
        });
        return lines;
    }

    /** The current plan's goals ({@code Huisvesting: Vaste woonplek binnen drie maanden}). */
    private List<String> planGoalLines(CovecaCase c) {
        Map<String, String> names = new HashMap<>();
        lifeDomains.of(c.house()).forEach(d -> names.put(d.code(), d.nameNl()));
        return PlanGoal.<PlanGoal>list("caseId = ?1 order by createdAt", c.id()).stream()
                .map(g -> names.getOrDefault(g.lifeDomain, g.lifeDomain) + ": " + g.description).toList();
    }

    private String displayName() {
        return SignedInUser.of(identity).displayName();
    }
}
