package nl.zvh.coveca.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.zvh.coveca.cases.AveLevel;
import nl.zvh.coveca.cases.CaseStatus;
import nl.zvh.coveca.cases.CaseSummary;
import nl.zvh.coveca.cases.Cases;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.coveca.config.CovecaConfig;
import nl.zvh.coveca.escalation.Escalation;
import nl.zvh.coveca.escalation.ZsmScenario;
import nl.zvh.coveca.meeting.MeetingKind;
import nl.zvh.coveca.meeting.NetworkMeeting;
import nl.zvh.coveca.monitoring.Monitoring;
import nl.zvh.coveca.partner.PartnerCaseView;
import nl.zvh.coveca.partner.PartnerCases;
import nl.zvh.coveca.plan.Agreement;
import nl.zvh.coveca.plan.AgreementStatus;
import nl.zvh.platform.security.CurrentUser;

/**
 * What a process director has to act on, over the open cases they see: their cases, this week's meetings, overdue
 * agreements and persons whose monitoring round is due ({@code zvh.coveca.monitoring-interval} after the last one,
 * or none yet), partners' answers on their agreements of the last 30 days, escalations awaiting their answer and
 * ZSM scenarios about to expire. Audited as a search per main person
 * shown.
 */
@ApplicationScoped
public class Worklist {
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    /** How long partners' answers stay on the worklist. */
    private static final Duration ANSWERS_SHOWN = Duration.ofDays(30);
    /** How many days before a ZSM scenario stops being valid it shows on the worklist. */
    static final int ZSM_WARNING_DAYS = 14;

    /** A meeting of this week. */
    public record MeetingItem(UUID caseId, String mainPersonName, MeetingKind kind, Instant scheduledAt,
            String location, boolean online, String status) {
    }

    /** An overdue agreement. */
    public record OverdueItem(UUID caseId, String mainPersonName, UUID agreementId, String description,
            String ownerOrganisation, String ownerPerson, LocalDate dueDate) {
    }

    /** A person whose monitoring round is due. */
    public record DueItem(UUID caseId, UUID personId, String personName, LocalDate lastScored) {
    }

    /** A case in the director's list, with who directs it as people read it. */
    public record CaseItem(CaseSummary summary, Director director) {
    }

    /** A plan version or a closure another process director asked, waiting for the caller's approval. */
    public record ApprovalItem(UUID caseId, String mainPersonName, boolean closure, int planVersion) {
    }

    /** An escalation of a case still waiting for its answer. */
    public record EscalationItem(UUID caseId, String mainPersonName, AveLevel level, String question,
            Instant raisedAt) {
    }

    /** A ZSM scenario that stops being valid within {@value #ZSM_WARNING_DAYS} days. */
    public record ZsmItem(UUID caseId, UUID scenarioId, String personName, LocalDate validUntil) {
    }

    /** A partner's answer on its agreement, on the case of {@code mainPersonName}. */
    public record AnswerItem(PartnerCaseView.Answer answer, String mainPersonName) {
    }

    /**
     * The whole worklist: the cases the caller directs, the unassigned ones they may take over, every open case they
     * see, and what needs acting on.
     */
    public record View(List<CaseItem> mine, List<CaseItem> unassigned, List<CaseItem> cases,
            List<MeetingItem> meetingsThisWeek, List<OverdueItem> overdue, List<DueItem> monitoringDue,
            List<ApprovalItem> approvals, List<AnswerItem> partnerAnswers, List<EscalationItem> escalations,
            List<ZsmItem> zsmExpiring) {
    }

    @Inject
    Cases cases;

    @Inject
    CurrentUser user;

    @Inject
    CovecaConfig config;

    @Inject
    PartnerCases partner;

    /** @param myName the caller's display name (shown for cases they direct that predate stored display names) */
    @Transactional
    public View load(String myName) {
        List<CovecaCase> cases = this.cases.seen(CaseStatus.OPEN, null, null, "worklist");
        String me = user.id();
        List<ApprovalItem> approvals = approvals(cases, me);
        if (cases.isEmpty()) {
            return new View(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), approvals, List.of(),
                    List.of(), List.of());
        }
        Map<UUID, CovecaCase> byId = cases.stream().collect(Collectors.toMap(CovecaCase::id, Function.identity()));
        LocalDate monday = LocalDate.now(NL).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<MeetingItem> meetings = NetworkMeeting
                .<NetworkMeeting>list("caseId in ?1 and scheduledAt >= ?2 and scheduledAt < ?3 order by scheduledAt",
                        byId.keySet(), monday.atStartOfDay(NL).toInstant(),
                        monday.plusWeeks(1).atStartOfDay(NL).toInstant())
                .stream().map(m -> new MeetingItem(m.caseId, name(byId.get(m.caseId)), m.kind, m.scheduledAt,
                        m.location, m.online, m.status))
                .toList();
        List<OverdueItem> overdue = Agreement
                .<Agreement>list("caseId in ?1 and status = ?2 order by dueDate", byId.keySet(),
                        AgreementStatus.OVERDUE)
                .stream().map(a -> new OverdueItem(a.caseId, name(byId.get(a.caseId)), a.id, a.description,
                        a.ownerOrganisation, a.ownerPerson, a.dueDate))
                .toList();
        LocalDate dueBefore = LocalDate.now(NL).minusDays(config.monitoringInterval().toDays());
        Map<UUID, Map<UUID, LocalDate>> lastScored = Monitoring.lastScored(byId.keySet());
        List<DueItem> due = cases.stream().flatMap(c -> {
            Map<UUID, LocalDate> last = lastScored.getOrDefault(c.id(), Map.of());
            return c.mainPerson().stream()
                    .filter(p -> last.get(p.personId()) == null || last.get(p.personId()).isBefore(dueBefore))
                    .map(p -> new DueItem(c.id(), p.personId(), p.fullName(), last.get(p.personId())));
        }).toList();
        // each person shown once per view in the audit: "mine" and "unassigned" audit only what the open cases did not
        List<CovecaCase> mine = this.cases.directedBy(me, null);
        List<CovecaCase> unassigned = this.cases.directedBy(null, null);
        this.cases.searched(Stream.concat(mine.stream(), unassigned.stream()).filter(c -> !byId.containsKey(c.id()))
                .distinct().toList(), "worklist");
        return new View(items(mine, me, myName), items(unassigned, me, myName), items(cases, me, myName), meetings,
                overdue, due, approvals,
                partner.answersOn(byId.keySet(), Instant.now().minus(ANSWERS_SHOWN)).stream()
                        .map(a -> new AnswerItem(a, name(byId.get(a.caseId())))).toList(),
                Escalation.<Escalation>list("caseId in ?1 and reply is null order by askedAt", byId.keySet()).stream()
                        .map(e -> new EscalationItem(e.caseId, name(byId.get(e.caseId)), e.level, e.question,
                                e.askedAt))
                        .toList(),
                zsmExpiring(byId));
    }

    /** ZSM scenarios of the open cases that are valid now and stop being so within the warning days. */
    private static List<ZsmItem> zsmExpiring(Map<UUID, CovecaCase> byId) {
        LocalDate today = LocalDate.now(NL);
        return ZsmScenario
                .<ZsmScenario>list("caseId in ?1 and validUntil >= ?2 and validUntil <= ?3 order by validUntil",
                        byId.keySet(), today, today.plusDays(ZSM_WARNING_DAYS))
                .stream()
                .map(z -> new ZsmItem(z.caseId, z.id,
                        byId.get(z.caseId).person(z.personId).map(p -> p.fullName()).orElse(name(byId.get(z.caseId))),
                        z.validUntil))
                .toList();
    }

    static List<CaseItem> items(List<CovecaCase> cases, String me, String myName) {
        return cases.stream().map(c -> new CaseItem(CaseSummary.of(c, me), Director.of(c, me, myName))).toList();
    }

    /**
     * Plans changed and closures asked by someone else, waiting for a second person: open cases with an unapproved
     * plan version and cases whose closure is requested.
     */
    private List<ApprovalItem> approvals(List<CovecaCase> open, String me) {
        List<ApprovalItem> plans = open.stream()
                .filter(c -> c.plan().waitsForApproval() && !me.equals(c.plan().changedBy()))
                .map(c -> new ApprovalItem(c.id(), name(c), false, c.plan().version())).toList();
        List<ApprovalItem> closures = this.cases.seen(CaseStatus.CLOSURE_REQUESTED, null, null, "worklist").stream()
                .filter(c -> !me.equals(c.closure().requestedBy()))
                .map(c -> new ApprovalItem(c.id(), name(c), true, c.plan().version())).toList();
        return Stream.concat(plans.stream(), closures.stream()).toList();
    }

    private static String name(CovecaCase c) {
        return c.mainPersonName("?");
    }
}
