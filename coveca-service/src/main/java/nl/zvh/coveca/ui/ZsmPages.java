package nl.zvh.coveca.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseView;
import nl.zvh.coveca.cases.Cases;
import nl.zvh.coveca.cases.PersonRole;
import nl.zvh.coveca.escalation.EscalationViews;
import nl.zvh.coveca.escalation.Escalations;
import nl.zvh.platform.ui.format.UiFormats;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;

/**
 * ZSM scenarios on screen: written on the case page for a person of the case, valid three months, shown on their own
 * page and printable as a one-page PDF for the ZSM table. An expired scenario is no longer served (410).
 */
@Path("/ui")
@RolesAllowed("process-director")
public class ZsmPages {

    /** A scenario in the case page's list: whose, written when, valid until when. */
    public record Item(UUID id, String personName, Instant createdAt, LocalDate validUntil, boolean expired) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scenario(CaseView kase, String mainName, String personName,
                EscalationViews.ZsmView zsm);
    }

    @Inject
    Escalations escalations;

    @Inject
    Cases cases;

    @Inject
    Submit submit;

    @Inject
    Shell shell;

    @POST
    @Path("/cases/{id}/zsm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response write(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "zsmPerson", null, "zsm", t -> {
            List<String> persons = cases.get(id).persons().stream().map(p -> p.personId().toString()).toList();
            String person = t.oneOf("zsmPerson", persons, true);
            String scenario = t.text("zsmScenario", 4000, true);
            String advice = t.text("zsmAdvice", 4000, false);
            if (t.ok()) {
                escalations.addZsm(id, new EscalationViews.NewZsmScenario(UUID.fromString(person), scenario, advice));
            }
        });
    }

    @GET
    @Path("/cases/{id}/zsm/{scenarioId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance scenario(@PathParam("id") UUID id, @PathParam("scenarioId") UUID scenarioId) {
        EscalationViews.ZsmView zsm = escalations.zsmScenario(id, scenarioId);
        CaseView kase = cases.get(id);
        return Templates.scenario(kase, mainName(kase), name(kase, zsm.personId()), zsm).setLocale(shell.locale());
    }

    /** The case's scenarios for the case page (reading them is audited per person), newest last. */
    static List<Item> items(Escalations escalations, CaseView kase) {
        return escalations.zsmScenarios(kase.id()).stream()
                .map(z -> new Item(z.id(), name(kase, z.personId()), z.createdAt(), z.validUntil(), z.expired()))
                .toList();
    }

    /** The scenario as one A4 page for the ZSM table. */
    @GET
    @Path("/cases/{id}/zsm/{scenarioId}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") UUID id, @PathParam("scenarioId") UUID scenarioId) {
        EscalationViews.ZsmView zsm = escalations.zsmScenario(id, scenarioId);
        CaseView kase = cases.get(id);
        ZsmMessages m = UiLanguage.isEnglish(shell.locale())
                ? MessageBundles.get(ZsmMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(ZsmMessages.class);
        byte[] pdf = ZsmPdf.render(m.zsmTitle(name(kase, zsm.personId())),
                List.of(m.zsmWritten(UiFormats.date(zsm.createdAt().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate(),
                        shell.locale())), m.zsmValidUntil(UiFormats.date(zsm.validUntil(), shell.locale())),
                        m.zsmMunicipality(kase.municipality())),
                List.of(new String[]{m.zsmScenario(), zsm.scenario()}, new String[]{m.zsmAdvice(), zsm.advice()}),
                m.zsmCut());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"zsm-scenario-" + scenarioId + ".pdf\"").build();
    }

    /** The main person's name as people read it. */
    static String mainName(CaseView kase) {
        return kase.persons().stream().filter(p -> p.role() == PersonRole.MAIN).map(CaseView.PersonView::fullName)
                .findFirst().orElse("");
    }

    static String name(CaseView kase, UUID personId) {
        return kase.persons().stream().filter(p -> p.personId().equals(personId)).map(CaseView.PersonView::fullName)
                .findFirst().orElse("");
    }
}
