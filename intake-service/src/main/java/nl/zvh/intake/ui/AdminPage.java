package nl.zvh.intake.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.intake.reference.Domain;
import nl.zvh.intake.reference.ProblemAreasAdmin;
import nl.zvh.intake.reference.ReferenceConflict;
import nl.zvh.intake.reference.ReferenceData;
import nl.zvh.intake.reference.ReferenceDataAdmin;
import nl.zvh.intake.reference.ReferenceDataAdmin.MunicipalityRow;
import nl.zvh.intake.reference.ReferenceDataAdmin.OrganisationRow;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.platform.ui.shell.Shell;

/**
 * Reference data maintenance page of the house's functional admin: municipalities and partner organisations. A
 * refused addition answers 422 with the page, what was typed kept and a Dutch message next to the field and in the
 * error summary; a change redirects (303) back to the page, which announces it.
 */
@Path("/ui/admin/reference")
@RolesAllowed("functional-admin")
public class AdminPage {
    static final int MUNICIPALITY_MAX = 100;
    static final int ORGANISATION_MAX = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reference(ReferenceDataAdmin.HouseReferenceData data,
                List<ProblemAreaLine> problemAreas, Form municipalityForm, Form organisationForm, Form failed,
                List<Option> domains, String notice, String noticeKind);
    }

    /** A problem area as the page lists it: its label in the page's language and its state in the house. */
    public record ProblemAreaLine(String code, String label, boolean active, int version) {
    }

    @Inject
    ProblemAreasAdmin problemAreas;

    @Inject
    ReferenceDataAdmin admin;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("notice") String notice, @QueryParam("name") String name) {
        return render(Form.empty(), Form.empty(), Form.empty(), noticeText(notice, name),
                "stale-state".equals(notice) ? "warning" : "ok");
    }

    @POST
    @Path("/municipalities")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response addMunicipality(@FormParam("name") String name) {
        Form form = Form.ofSingle(single("name", name));
        checkName(form, "municipality-name", name, MUNICIPALITY_MAX);
        if (form.hasErrors()) {
            return refused(render(form, Form.empty(), form, null));
        }
        boolean added = admin.addMunicipality(name);
        return back(shell, added ? "municipality-added" : "municipality-active", name.strip());
    }

    @POST
    @Path("/municipalities/{id}/state")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response municipalityState(@PathParam("id") UUID id, @FormParam("active") boolean active,
            @FormParam("version") int version) {
        MunicipalityRow m = admin.municipality(id).orElseThrow(() -> ProblemException.notFound("municipality"));
        try {
            admin.changeMunicipality(id, m.name(), active, version);
        } catch (ReferenceConflict stale) {
            return back(shell, "stale-state", m.name());
        }
        return back(shell, active ? "reactivated" : "municipality-deactivated", m.name());
    }

    @POST
    @Path("/problem-areas/{code}/state")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response problemAreaState(@PathParam("code") String code, @FormParam("active") boolean active,
            @FormParam("version") int version) {
        try {
            problemAreas.switchTo(code, active, version);
        } catch (ReferenceConflict stale) {
            return back(shell, "stale-state", label(code));
        }
        return back(shell, active ? "reactivated" : "problem-area-deactivated", label(code));
    }

    private String label(String code) {
        return problemAreas.all().stream().filter(p -> p.code().equals(code)).findFirst().map(
                p -> ReferralPages.label(new ReferenceData.ProblemArea(code, p.labelNl(), p.labelEn()), shell.locale()))
                .orElseThrow(() -> ProblemException.notFound("problem area " + code));
    }

    @POST
    @Path("/organisations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response addOrganisation(@FormParam("name") String name, @FormParam("domain") String domain) {
        Map<String, String> sent = single("name", name);
        sent.put("domain", domain);
        Form form = Form.ofSingle(sent);
        checkName(form, "organisation-name", name, ORGANISATION_MAX);
        Optional<Domain> parsed = Arrays.stream(Domain.values()).filter(d -> d.name().equals(domain)).findFirst();
        if (parsed.isEmpty()) {
            form.reject("organisation-domain", msg().domainRequired());
        }
        if (form.hasErrors()) {
            return refused(render(Form.empty(), form, form, null));
        }
        try {
            admin.addOrganisation(name, parsed.get());
        } catch (ReferenceConflict exists) {
            OrganisationRow other = admin.all().organisations().stream().filter(o -> o.name().equals(name.strip()))
                    .findFirst().orElseThrow();
            form.reject("organisation-name", ReferenceEditPage.messages(shell).otherDomain(other.name(),
                    Labels.of(other.domain(), shell.locale())));
            return Response.status(409).type(MediaType.TEXT_HTML_TYPE).entity(render(Form.empty(), form, form, null))
                    .build();
        }
        return back(shell, "organisation-added", name.strip());
    }

    @POST
    @Path("/organisations/{id}/state")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response organisationState(@PathParam("id") UUID id, @FormParam("active") boolean active,
            @FormParam("version") int version) {
        OrganisationRow o = admin.organisation(id).orElseThrow(() -> ProblemException.notFound("organisation"));
        try {
            admin.changeOrganisation(id, o.name(), o.domain(), active, version);
        } catch (ReferenceConflict stale) {
            return back(shell, "stale-state", o.name());
        }
        return back(shell, active ? "reactivated" : "organisation-deactivated", o.name());
    }

    private void checkName(Form form, String field, String name, int max) {
        if (name == null || name.isBlank()) {
            form.reject(field, msg().nameRequired());
        } else if (name.strip().length() > max) {
            form.reject(field, msg().nameTooLong(max));
        }
    }

    private TemplateInstance render(Form municipalityForm, Form organisationForm, Form failed, String notice) {
        return render(municipalityForm, organisationForm, failed, notice, "ok");
    }

    private TemplateInstance render(Form municipalityForm, Form organisationForm, Form failed, String notice,
            String noticeKind) {
        List<ProblemAreaLine> lines = problemAreas.all().stream()
                .map(p -> new ProblemAreaLine(p.code(), ReferralPages
                        .label(new ReferenceData.ProblemArea(p.code(), p.labelNl(), p.labelEn()), shell.locale()),
                        p.active(), p.version()))
                .toList();
        return Templates.reference(admin.all(), lines, municipalityForm, organisationForm, failed,
                Option.of(Domain.class, shell.locale()), notice, noticeKind).setLocale(shell.locale());
    }

    private static Response refused(TemplateInstance page) {
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    private String noticeText(String notice, String name) {
        if (notice == null || name == null || name.isBlank()) {
            return null;
        }
        PortalMessages msg = msg();
        return switch (notice) {
            case "municipality-added" -> msg.municipalityAdded(name);
            case "municipality-active" -> msg.municipalityWasActive(name);
            case "municipality-deactivated" -> msg.municipalityDeactivated(name);
            case "organisation-added" -> msg.organisationAdded(name);
            case "organisation-deactivated" -> msg.organisationDeactivated(name);
            case "saved" -> ReferenceEditPage.messages(shell).saved(name);
            case "reactivated" -> ReferenceEditPage.messages(shell).reactivated(name);
            case "stale-state" -> ReferenceEditPage.messages(shell).staleState(name);
            case "problem-area-deactivated" -> ReferenceEditPage.messages(shell).problemAreaDeactivated(name);
            default -> null;
        };
    }

    private static Map<String, String> single(String field, String value) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(field, value);
        return map;
    }

    private PortalMessages msg() {
        return IntakeMenu.messages(shell.locale());
    }

    static Response back(Shell shell, String notice, String name) {
        return PortalPage.seeOther(Prefix.of(shell.prefix()) + "/ui/admin/reference?notice=" + notice + "&name="
                + URLEncoder.encode(name == null ? "" : name, StandardCharsets.UTF_8));
    }
}
