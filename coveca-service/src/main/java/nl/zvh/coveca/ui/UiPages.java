package nl.zvh.coveca.ui;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.cases.AveLevel;
import nl.zvh.coveca.cases.CaseScope;
import nl.zvh.coveca.cases.CaseStatus;
import nl.zvh.coveca.cases.CaseView;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.coveca.escalation.EscalationViews;
import nl.zvh.coveca.meeting.MeetingView;
import nl.zvh.coveca.plan.AgreementStatus;
import nl.zvh.coveca.plan.PlanRequests;
import nl.zvh.coveca.plan.PlanView;
import nl.zvh.coveca.plan.Plans;
import nl.zvh.coveca.safety.SafetyNote;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;

/** The process directors' pages in the shell: worklist and case page (links carry the gateway's prefix). */
@Path("/ui")
@RolesAllowed("process-director")
public class UiPages {
    static final int CASES_PER_PAGE = 25;

    /** One life domain's scores across a person's rounds, for the table next to the chart. */
    public record DomainRow(String name, List<Integer> scores, Integer change) {
    }

    /** Monitoring of one person on the case page: the chart and the same scores as a table. */
    public record PersonChart(UUID personId, String name, int rounds, RawString svg, List<String> roundNames,
            List<DomainRow> rows) {
    }

    /**
     * The pages; {@code open}: whether the case is open (agreements can be marked done); {@code error}: the agreement
     * row's refusal, always null for the whole page; {@code section}: the id of the one section shown open.
     */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance worklist(Worklist.View view, List<Tab> tabs, Tab current,
                List<Worklist.CaseItem> cases, Paging paging, Form search);

        static native TemplateInstance casePage(CaseView kase, String mainName, Director director,
                AveLevel escalationLevel, PlanView plan, Map<String, String> domainNames, List<MeetingView> meetings,
                List<PersonChart> charts, boolean open, String error, Form form, String saved, CasePage.Actions actions,
                Choices.Of choices, List<EscalationViews.EscalationView> escalations, List<ZsmPages.Item> zsmScenarios,
                List<SafetyNote.View> safetyNotes, String section, List<PlanHistoryRows.Row> planHistory,
                CasePage.Extras extras);

        static native TemplateInstance casePage$agreement(UUID caseId, PlanView.AgreementView a, boolean open,
                String error);
    }

    @Inject
    Worklist worklist;

    @Inject
    CasePage casePage;

    @Inject
    CaseScope scope;

    @Inject
    Plans plans;

    @Inject
    Shell shell;

    @Inject
    PartnerPage partnerPage;

    @Inject
    SecurityIdentity identity;

    @Inject
    CaseFinder finder;

    /**
     * The worklist, or with {@code q} the cases found by name, date of birth, BSN or case number in the caller's
     * scope; for a partner professional the cases of their organisation.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"process-director", "case-partner", "functional-admin"})
    public Object worklist(@Context UriInfo uri, @QueryParam("tab") String tab, @QueryParam("q") String q) {
        if (!shell.user().roles().contains("process-director") && !shell.user().roles().contains("case-partner")) {
            // the functional administrator comes to CoVeCa for the house's history, not for cases
            return jakarta.ws.rs.core.Response.seeOther(java.net.URI.create(shell.prefix() + "/ui/admin/history"))
                    .build();
        }
        if (partnerOnly()) {
            return partnerPage.cases();
        }
        Worklist.View view = worklist.load(shell.user().displayName());
        List<Tab> tabs = Tab.of(view, messages(shell.locale()), PartnerPage.messages(shell.locale()));
        CaseFinder.Result found = finder.find(q);
        Tab current = found.tab() != null
                ? found.tab()
                : tabs.stream().filter(t -> t.key().equals(tab)).findFirst().orElse(tabs.get(0));
        List<Worklist.CaseItem> list = current.cases() == null ? List.of() : current.cases();
        Map<String, String> query = new HashMap<>();
        uri.getQueryParameters().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
        Paging paging = Paging.of(shell.path(), query, CASES_PER_PAGE, list.size(), null);
        List<Worklist.CaseItem> page = list.subList(Math.min(paging.offset(), list.size()),
                Math.min(list.size(), paging.offset() + paging.size()));
        return inLanguage(Templates.worklist(view, tabs, current, page, paging, found.form()));
    }

    @GET
    @Path("/cases/{id}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"process-director", "case-partner"})
    public TemplateInstance casePage(@PathParam("id") UUID id, @QueryParam("saved") String saved,
            @QueryParam("open") String open) {
        if (partnerOnly()) {
            return partnerPage.casePage(id, Form.empty(), saved);
        }
        return casePage.render(id, Form.empty(), saved, open);
    }

    /**
     * htmx: marks an agreement done and answers its table row, announced with {@code HX-Trigger: zvhNotice}. When
     * the agreement was finished meanwhile or the case is no longer open, the row is answered as it now stands with
     * the reason in Dutch (422, which htmx swaps); anything else (not found, no access) is announced by the shell.
     */
    @POST
    @Path("/cases/{id}/agreements/{agreementId}/done")
    @Produces(MediaType.TEXT_HTML)
    public Response markDone(@PathParam("id") UUID id, @PathParam("agreementId") UUID agreementId) {
        UiMessages messages = messages(shell.locale());
        try {
            PlanView plan = plans.changeStatus(id, agreementId,
                    new PlanRequests.StatusChange(AgreementStatus.DONE, null));
            PlanView.AgreementView a = plan.agreements().stream().filter(x -> x.id().equals(agreementId)).findFirst()
                    .orElseThrow();
            return Response.ok(inLanguage(Templates.casePage$agreement(id, a, true, null)).render())
                    .header("HX-Trigger", notice(messages.markedDone(a.description()))).build();
        } catch (ProblemException e) {
            if (e.problem().status() != 409) {
                throw e;
            }
            Refused refused = QuarkusTransaction.requiringNew().call(() -> refused(id, agreementId));
            String error = refused.caseStatus() != null
                    ? messages.caseNotOpen(refused.caseStatus() == CaseStatus.CLOSED)
                    : messages.alreadyFinished(
                            Labels.of(refused.agreement().status(), shell.locale()).toLowerCase(shell.locale()));
            return Response.status(422)
                    .entity(inLanguage(
                            Templates.casePage$agreement(id, refused.agreement(), refused.caseStatus() == null, error))
                            .render())
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }
    }

    /** A partner professional who does not also direct cases sees the partner's pages at the same addresses. */
    private boolean partnerOnly() {
        return identity.hasRole("case-partner") && !identity.hasRole("process-director");
    }

    /** Why marking an agreement done was refused: the case is no longer open (its status), or it was finished. */
    private record Refused(PlanView.AgreementView agreement, CaseStatus caseStatus) {
    }

    private Refused refused(UUID caseId, UUID agreementId) {
        CovecaCase c = scope.require(caseId);
        return new Refused(plans.agreement(c, agreementId), c.isOpen() ? null : c.status());
    }

    /**
     * The page in the person's language for labels and dates too ({@code {x.label}}, {@code {x.asDate}} read the
     * instance's locale; without it they are Dutch while the message bundles follow Accept-Language).
     */
    private TemplateInstance inLanguage(TemplateInstance page) {
        return page.setLocale(shell.locale());
    }

    static UiMessages messages(Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(UiMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(UiMessages.class);
    }

    /** {@code {"zvhNotice":"..."}} with every non-ASCII character escaped, so the header stays plain ASCII. */
    static String notice(String message) {
        StringBuilder json = new StringBuilder("{\"zvhNotice\":\"");
        for (char ch : message.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                json.append('\\').append(ch);
            } else if (ch < 0x20 || ch > 0x7e) {
                json.append(String.format("\\u%04x", (int) ch));
            } else {
                json.append(ch);
            }
        }
        return json.append("\"}").toString();
    }
}
