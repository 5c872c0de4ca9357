package nl.zvh.coveca.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseView;
import nl.zvh.coveca.cases.Cases;
import nl.zvh.coveca.handover.HandoverRequests;
import nl.zvh.coveca.handover.HandoverViews;
import nl.zvh.coveca.handover.Handovers;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;

/**
 * Handover pages without JavaScript: the form that hands a case over to another house (from the case page), and the
 * house staff's incoming requests with the page where they accept one or decline it with a reason. A refused form
 * comes back (422) with what was typed and the message at the field; a case or request the caller does not see is a
 * 404.
 */
@Path("/ui")
@RolesAllowed("process-director")
@Produces(MediaType.TEXT_HTML)
public class HandoverPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance handoverForm(CaseView kase, String mainName, List<Option> houses,
                List<HandoverViews.House> municipalities, Form form);

        static native TemplateInstance incoming(List<HandoverViews.Incoming> requests);

        static native TemplateInstance incomingHandover(HandoverViews.Incoming request, Form form, boolean saved);
    }

    @Inject
    Handovers handovers;

    @Inject
    Cases cases;

    @Inject
    Shell shell;

    @GET
    @Path("/cases/{id}/handover")
    public TemplateInstance handoverForm(@PathParam("id") UUID id) {
        return form(id, Form.empty());
    }

    @POST
    @Path("/cases/{id}/handover")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response handOver(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        Fields t = Fields.of(Form.of(body), shell.locale());
        UiMessages m = UiPages.messages(shell.locale());
        List<HandoverViews.House> houses = handovers.receivingHouses();
        String house = t.oneOf("receivingHouse", houses.stream().map(HandoverViews.House::code).toList(), true);
        String municipality = t.text("receivingMunicipality", 100, true);
        if (house != null && municipality != null && houses.stream().filter(h -> h.code().equals(house))
                .noneMatch(h -> h.municipalities().contains(municipality))) {
            t.reject("receivingMunicipality", m.municipalityNotOfHouse());
        }
        String summary = t.text("handoverSummary", HandoverRequests.MAX_SUMMARY, true);
        if (t.ok()) {
            try {
                handovers.request(new HandoverRequests.NewHandover(id, house, municipality, summary,
                        t.checked("withLifeDomains"), t.checked("withPlanGoals")));
            } catch (ProblemException e) {
                int status = e.problem().status();
                if (status != 400 && status != 409) {
                    throw e;
                }
                t.reject("receivingHouse", m.handoverNotPossible());
            }
        }
        if (!t.ok()) {
            return Response.status(422).entity(form(id, t.form())).type(MediaType.TEXT_HTML_TYPE).build();
        }
        return Response.seeOther(URI.create(shell.prefix() + "/ui/cases/" + id + "?saved=handover#handover")).build();
    }

    @GET
    @Path("/handovers")
    public TemplateInstance incoming() {
        return Templates.incoming(handovers.incoming()).setLocale(shell.locale());
    }

    @GET
    @Path("/handovers/{id}")
    public TemplateInstance incomingHandover(@PathParam("id") UUID id, @QueryParam("saved") String saved) {
        return Templates.incomingHandover(handovers.incoming(id), Form.empty(), saved != null)
                .setLocale(shell.locale());
    }

    /** Accepts and goes to the new case's page. */
    @POST
    @Path("/handovers/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") UUID id) {
        HandoverViews.Incoming accepted = handovers.accept(id);
        return Response.seeOther(URI.create(shell.prefix() + "/ui/cases/" + accepted.newCaseId() + "?saved=handover"))
                .build();
    }

    @POST
    @Path("/handovers/{id}/refusal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        Fields t = Fields.of(Form.of(body), shell.locale());
        String reason = t.text("declineReason", HandoverRequests.MAX_REASON, true);
        if (!t.ok()) {
            return Response.status(422).entity(
                    Templates.incomingHandover(handovers.incoming(id), t.form(), false).setLocale(shell.locale()))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }
        handovers.decline(id, reason);
        return Response.seeOther(URI.create(shell.prefix() + "/ui/handovers/" + id + "?saved=1")).build();
    }

    private TemplateInstance form(UUID id, Form form) {
        CaseView kase = cases.get(id);
        List<HandoverViews.House> houses = handovers.receivingHouses();
        return Templates
                .handoverForm(kase,
                        kase.persons().stream().filter(p -> p.role().name().equals("MAIN")).findFirst()
                                .map(CaseView.PersonView::fullName).orElse(""),
                        houses.stream().map(h -> new Option(h.code(), h.name())).toList(), houses, form)
                .setLocale(shell.locale());
    }
}
