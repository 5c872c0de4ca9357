package nl.zvh.coveca.ui;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.zvh.coveca.cases.ApprovalRefusal;
import nl.zvh.coveca.cases.CaseAudit;
import nl.zvh.coveca.cases.CaseScope;
import nl.zvh.coveca.cases.CaseStatus;
import nl.zvh.coveca.cases.CaseView;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.coveca.documents.DocumentKind;
import nl.zvh.coveca.documents.DocumentView;
import nl.zvh.coveca.documents.Documents;
import nl.zvh.coveca.escalation.EscalationViews;
import nl.zvh.coveca.escalation.Escalations;
import nl.zvh.coveca.meeting.MeetingView;
import nl.zvh.coveca.meeting.Meetings;
import nl.zvh.coveca.monitoring.Monitoring;
import nl.zvh.coveca.monitoring.MonitoringChart;
import nl.zvh.coveca.monitoring.MonitoringViews;
import nl.zvh.coveca.partner.ChangeReply;
import nl.zvh.coveca.partner.ChangeRequest;
import nl.zvh.coveca.partner.ChangeRequests;
import nl.zvh.coveca.plan.PlanView;
import nl.zvh.coveca.plan.Plans;
import nl.zvh.coveca.reference.LifeDomains;
import nl.zvh.coveca.safety.SafetyNotes;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.format.UiFormats;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;

/**
 * The case page with its forms: read (audited) and rendered in the person's language, with a refused form's typed
 * values and messages, or with the notice of what was just saved.
 */
@RequestScoped
public class CasePage {

    /** What the caller may do on the case now (the page offers only these actions). */
    public record Actions(boolean open, boolean closed, boolean closureRequested, boolean canTakeOver,
            boolean canApprovePlan, boolean canApproveClosure, boolean planRejected) {
    }

    /**
     * What else the page shows: the refusals of plan versions and closures, the partners' open change requests and
     * the case's documents.
     */
    public record Extras(List<ApprovalRefusal.View> refusals, List<ChangeRequest> changeRequests,
            List<DocumentView> documents, List<Option> replies, List<Option> documentKinds) {

        public List<ApprovalRefusal.View> planRefusals() {
            return refusals.stream().filter(ApprovalRefusal.View::plan).toList();
        }

        public List<ApprovalRefusal.View> closureRefusals() {
            return refusals.stream().filter(r -> !r.plan()).toList();
        }
    }

    @Inject
    CaseScope scope;

    @Inject
    CaseAudit audit;

    @Inject
    Plans plans;

    @Inject
    Meetings meetings;

    @Inject
    Monitoring monitoring;

    @Inject
    Escalations escalations;

    @Inject
    LifeDomains lifeDomains;

    @Inject
    CurrentUser user;

    @Inject
    Shell shell;

    @Inject
    Choices choices;

    @Inject
    SafetyNotes safetyNotes;

    @Inject
    PlanHistoryRows planHistory;

    @Inject
    ChangeRequests changeRequests;

    @Inject
    Documents documents;

    /**
     * The page; {@code saved}: the section just saved (its id, or another anchor of the page), or null. The section
     * saved, or the one of a refused form, or the one the case's state asks for is open, the others closed.
     */
    @Transactional
    public TemplateInstance render(UUID id, Form form, String saved) {
        return render(id, form, saved, null);
    }

    /** The page with section {@code open} open unless a save or a refused form asks for another. */
    @Transactional
    public TemplateInstance render(UUID id, Form form, String saved, String open) {
        CovecaCase c = scope.require(id);
        audit.read(c);
        Locale locale = shell.locale();
        Map<String, String> domainNames = new HashMap<>();
        lifeDomains.of(c.house())
                .forEach(d -> domainNames.put(d.code(), UiLanguage.isEnglish(locale) ? d.nameEn() : d.nameNl()));
        PlanView plan = plans.view(c);
        String me = user.id();
        Actions actions = new Actions(c.isOpen(), c.status() == CaseStatus.CLOSED,
                c.status() == CaseStatus.CLOSURE_REQUESTED, c.isOpen() && !c.isDirectedBy(me),
                c.isOpen() && c.plan().waitsForApproval() && !me.equals(c.plan().changedBy()),
                c.status() == CaseStatus.CLOSURE_REQUESTED && !me.equals(c.closure().requestedBy()),
                c.plan().isRejected());
        List<MeetingView> meetings = this.meetings.of(c);
        List<EscalationViews.EscalationView> steps = escalations.of(c);
        return UiPages.Templates
                .casePage(CaseView.of(c), c.mainPersonName(""), Director.of(c, me, shell.user().displayName()),
                        c.escalationLevel(), plan, domainNames, meetings, charts(c, domainNames, locale), c.isOpen(),
                        null, form, saved == null ? null : UiPages.messages(locale).saved(), actions,
                        choices.of(c, plan, steps, locale), steps, ZsmPages.items(escalations, CaseView.of(c)),
                        safetyNotes.of(c), Sections.open(form, saved, open, actions),
                        planHistory.of(c.id(), me, locale),
                        new Extras(ApprovalRefusal.of(c.id()), changeRequests.open(c), documents.of(c),
                                Option.of(ChangeReply.class, locale), Option.of(DocumentKind.class, locale)))
                .setLocale(locale);
    }

    private List<UiPages.PersonChart> charts(CovecaCase c, Map<String, String> domainNames, Locale locale) {
        UiMessages messages = UiPages.messages(locale);
        return c.persons().stream().map(p -> {
            MonitoringViews.Trend trend = monitoring.trendOf(c, p.personId());
            List<String> names = trend.domains().stream().map(d -> domainNames.getOrDefault(d.code(), d.name()))
                    .toList();
            List<String> rounds = trend.rounds().stream()
                    .map(r -> messages.round(r.round(), UiFormats.date(r.scoredOn(), locale))).toList();
            List<UiPages.DomainRow> rows = IntStream.range(0, names.size())
                    .mapToObj(i -> new UiPages.DomainRow(names.get(i), trend.domains().get(i).scores(),
                            trend.domains().get(i).change()))
                    .toList();
            String svg = MonitoringChart.svg("chart-" + p.personId(), trend, names, rounds,
                    messages.chartTitle(p.fullName(), trend.rounds().size()));
            return new UiPages.PersonChart(p.personId(), p.fullName(), trend.rounds().size(), new RawString(svg),
                    rounds, rows);
        }).toList();
    }
}
