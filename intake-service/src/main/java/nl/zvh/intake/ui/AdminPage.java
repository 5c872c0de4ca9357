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
import nl.zvh.intake.reference.Domain;
import nl.zvh.intake.reference.ReferenceDataAdmin;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
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
        static native TemplateInstance reference(ReferenceDataAdmin.HouseReferenceData data, Form municipalityForm,
                Form organisationForm, Form failed, List<Option> domains, String notice);
    }

    @Inject
    ReferenceDataAdmin admin;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("notice") String notice, @QueryParam("name") String name) {
        return render(Form.empty(), Form.empty(), Form.empty(), noticeText(notice, name));
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
        return back(added ? "municipality-added" : "municipality-active", name.strip());
    }

    @POST
    @Path("/municipalities/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivateMunicipality(@FormParam("name") String name) {
        admin.deactivateMunicipality(name);
        return back("municipality-deactivated", name);
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
        admin.addOrganisation(name, parsed.get());
        return back("organisation-added", name.strip());
    }

    @POST
    @Path("/organisations/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivateOrganisation(@FormParam("name") String name) {
        admin.deactivateOrganisation(name);
        return back("organisation-deactivated", name);
    }

    private void checkName(Form form, String field, String name, int max) {
        if (name == null || name.isBlank()) {
            form.reject(field, msg().nameRequired());
        } else if (name.strip().length() > max) {
            form.reject(field, msg().nameTooLong(max));
        }
    }

    private TemplateInstance render(Form municipalityForm, Form organisationForm, Form failed, String notice) {
        return Templates.reference(admin.all(), municipalityForm, organisationForm, failed,
                Option.of(Domain.class, shell.locale()), notice).setLocale(shell.locale());
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

    private Response back(String notice, String name) {
        return PortalPage.seeOther(Prefix.of(shell.prefix()) + "/ui/admin/reference?notice=" + notice + "&name="
                + URLEncoder.encode(name == null ? "" : name, StandardCharsets.UTF_8));
    }
}
