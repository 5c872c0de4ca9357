package nl.zvh.coveca.worklist;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseAudit;
import nl.zvh.coveca.cases.CaseScope;
import nl.zvh.coveca.cases.CaseView;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.coveca.meeting.MeetingView;
import nl.zvh.coveca.meeting.NetworkMeeting;
import nl.zvh.coveca.monitoring.Monitoring;
import nl.zvh.coveca.monitoring.MonitoringChart;
import nl.zvh.coveca.plan.AgreementStatus;
import nl.zvh.coveca.plan.PlanRequests;
import nl.zvh.coveca.plan.PlanView;
import nl.zvh.coveca.plan.Plans;
import nl.zvh.platform.security.CurrentUser;

/** The process directors' pages: worklist and case page (links carry the gateway's X-Forwarded-Prefix). */
@Path("/ui")
@RolesAllowed("process-director")
public class UiPages {

    /** Monitoring of one person on the case page. */
    public record PersonChart(UUID personId, String name, int rounds, RawString svg) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance worklist(Worklist.View view, String prefix, String user);

        static native TemplateInstance casePage(CaseView kase, PlanView plan, List<MeetingView> meetings,
                                                List<PersonChart> charts, String prefix, String user);

        static native TemplateInstance casePage$agreement(UUID caseId, PlanView.AgreementView a, String prefix);
    }

    @Inject
    Worklist worklist;
    @Inject
    CaseScope scope;
    @Inject
    CaseAudit audit;
    @Inject
    Plans plans;
    @Inject
    Monitoring monitoring;
    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance worklist(@HeaderParam("X-Forwarded-Prefix") String prefix) {
        return Templates.worklist(worklist.load(), prefix(prefix), user.name());
    }

    @GET
    @Path("/cases/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance casePage(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix) {
        CovecaCase c = scope.require(id);
        audit.read(c);
        List<MeetingView> meetings = NetworkMeeting.<NetworkMeeting>list("caseId = ?1 order by scheduledAt", c.id)
                .stream().map(MeetingView::of).toList();
        List<PersonChart> charts = c.persons.stream().map(p -> {
            var trend = monitoring.trendOf(c, p.personId);
            return new PersonChart(p.personId, p.fullName(), trend.rounds().size(),
                    new RawString(MonitoringChart.svg("chart-" + p.personId, trend)));
        }).toList();
        return Templates.casePage(CaseView.of(c), plans.view(c), meetings, charts, prefix(prefix), user.name());
    }

    /** htmx: marks an agreement done and returns its table row. */
    @POST
    @Path("/cases/{id}/agreements/{agreementId}/done")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance markDone(@PathParam("id") UUID id, @PathParam("agreementId") UUID agreementId,
                                     @HeaderParam("X-Forwarded-Prefix") String prefix) {
        PlanView plan = plans.changeStatus(id, agreementId, new PlanRequests.StatusChange(AgreementStatus.DONE, null));
        PlanView.AgreementView a = plan.agreements().stream().filter(x -> x.id().equals(agreementId)).findFirst()
                .orElseThrow();
        return Templates.casePage$agreement(id, a, prefix(prefix));
    }

    private static String prefix(String prefix) {
        return prefix == null ? "" : prefix;
    }
}
