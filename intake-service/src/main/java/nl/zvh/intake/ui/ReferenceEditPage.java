package nl.zvh.intake.ui;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.intake.reference.Domain;
import nl.zvh.intake.reference.ReferenceConflict;
import nl.zvh.intake.reference.ReferenceDataAdmin;
import nl.zvh.intake.reference.ReferenceDataAdmin.MunicipalityRow;
import nl.zvh.intake.reference.ReferenceDataAdmin.OrganisationRow;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;

/**
 * The functional admin edits one municipality or partner organisation: its name (and domain). The form carries the
 * version the admin opened; when someone else saved in between, the page answers 409 with the typed input kept, what
 * is saved now and a Dutch message, and nothing is overwritten. A refused field answers 422 the same way.
 */
@Path("/ui/admin/reference")
@RolesAllowed("functional-admin")
public class ReferenceEditPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(String kind, String title, String nameLabel, int nameMax, UUID id,
                Form form, String conflict, List<Option> domains);
    }

    @Inject
    ReferenceDataAdmin admin;

    @Inject
    Shell shell;

    @GET
    @Path("/municipalities/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance municipality(@PathParam("id") UUID id) {
        MunicipalityRow m = admin.municipality(id).orElseThrow(() -> ProblemException.notFound("municipality"));
        return page("municipality", id, Form.ofSingle(values(m.name(), null, m.version())), null);
    }

    @POST
    @Path("/municipalities/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response saveMunicipality(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        MunicipalityRow now = admin.municipality(id).orElseThrow(() -> ProblemException.notFound("municipality"));
        Fields in = Fields.of(body, shell.locale());
        String name = in.text("name", AdminPage.MUNICIPALITY_MAX, true);
        Integer version = in.number("version", 0, Integer.MAX_VALUE, true);
        if (!in.ok()) {
            return answer(422, page("municipality", id, in.form(), null));
        }
        try {
            admin.changeMunicipality(id, name, now.active(), version);
        } catch (ReferenceConflict conflict) {
            MunicipalityRow current = admin.municipality(id).orElseThrow();
            return conflict(conflict, "municipality", id, in.form(), current.name(), current.version(),
                    msg().municipalityKind());
        }
        return AdminPage.back(shell, "saved", name);
    }

    @GET
    @Path("/organisations/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance organisation(@PathParam("id") UUID id) {
        OrganisationRow o = admin.organisation(id).orElseThrow(() -> ProblemException.notFound("organisation"));
        return page("organisation", id, Form.ofSingle(values(o.name(), o.domain().name(), o.version())), null);
    }

    @POST
    @Path("/organisations/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response saveOrganisation(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        OrganisationRow now = admin.organisation(id).orElseThrow(() -> ProblemException.notFound("organisation"));
        Fields in = Fields.of(body, shell.locale());
        String name = in.text("name", AdminPage.ORGANISATION_MAX, true);
        Domain domain = in.choice("domain", Domain.class, true);
        Integer version = in.number("version", 0, Integer.MAX_VALUE, true);
        if (!in.ok()) {
            return answer(422, page("organisation", id, in.form(), null));
        }
        try {
            admin.changeOrganisation(id, name, domain, now.active(), version);
        } catch (ReferenceConflict conflict) {
            OrganisationRow current = admin.organisation(id).orElseThrow();
            return conflict(conflict, "organisation", id, in.form(),
                    current.name() + " (" + label(current.domain()) + ")", current.version(), msg().organisationKind());
        }
        return AdminPage.back(shell, "saved", name);
    }

    /**
     * A refused save: the typed input stays; a stale one carries the version saved now, so saving again is a
     * deliberate replacement of what the admin was just shown.
     */
    private Response conflict(ReferenceConflict conflict, String kind, UUID id, Form sent, String current,
            int currentVersion, String kindName) {
        if (conflict.reason() != ReferenceConflict.Reason.STALE) {
            sent.reject("name", msg().nameTaken(kindName));
            return answer(409, page(kind, id, sent, null));
        }
        Map<String, String> kept = values(sent.value("name"), sent.value("domain"), currentVersion);
        return answer(409, page(kind, id, Form.ofSingle(kept), msg().stale(current)));
    }

    private TemplateInstance page(String kind, UUID id, Form form, String conflict) {
        boolean municipality = kind.equals("municipality");
        PortalMessages portal = IntakeMenu.messages(shell.locale());
        return Templates.edit(kind, municipality ? msg().editMunicipality() : msg().editOrganisation(),
                municipality ? portal.municipalityName() : portal.organisationName(),
                municipality ? AdminPage.MUNICIPALITY_MAX : AdminPage.ORGANISATION_MAX, id, form, conflict,
                Option.of(Domain.class, shell.locale())).setLocale(shell.locale());
    }

    private String label(Domain domain) {
        return Labels.of(domain, shell.locale());
    }

    private static Map<String, String> values(String name, String domain, int version) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("domain", domain);
        values.put("version", String.valueOf(version));
        return values;
    }

    private static Response answer(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    ReferenceMessages msg() {
        return messages(shell);
    }

    static ReferenceMessages messages(Shell shell) {
        return UiLanguage.isEnglish(shell.locale())
                ? MessageBundles.get(ReferenceMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(ReferenceMessages.class);
    }
}
