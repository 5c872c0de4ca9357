package nl.zvh.intake.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import nl.zvh.intake.reference.Domain;
import nl.zvh.intake.reference.ReferenceDataAdmin;
import nl.zvh.platform.problem.ProblemException;

/** Reference data maintenance page of the house's functional admin. */
@Path("/ui/admin/reference")
@RolesAllowed("functional-admin")
public class AdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reference(String prefix, ReferenceDataAdmin.HouseReferenceData data,
                                                 List<String> domains);
    }

    @Inject
    ReferenceDataAdmin admin;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@HeaderParam("X-Forwarded-Prefix") String forwardedPrefix) {
        return Templates.reference(Prefix.of(forwardedPrefix), admin.all(),
                Arrays.stream(Domain.values()).map(Enum::name).toList());
    }

    @POST
    @Path("/municipalities")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMunicipality(@HeaderParam("X-Forwarded-Prefix") String prefix, @FormParam("name") String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw ProblemException.invalid("name", "is required (at most 100 characters)");
        }
        admin.addMunicipality(name);
        return back(prefix);
    }

    @POST
    @Path("/municipalities/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivateMunicipality(@HeaderParam("X-Forwarded-Prefix") String prefix,
                                           @FormParam("name") String name) {
        admin.deactivateMunicipality(name);
        return back(prefix);
    }

    @POST
    @Path("/organisations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addOrganisation(@HeaderParam("X-Forwarded-Prefix") String prefix, @FormParam("name") String name,
                                    @FormParam("domain") String domain) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ProblemException.invalid("name", "is required (at most 200 characters)");
        }
        Domain parsed = Arrays.stream(Domain.values()).filter(d -> d.name().equals(domain)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("domain", "is not a known domain"));
        admin.addOrganisation(name, parsed);
        return back(prefix);
    }

    @POST
    @Path("/organisations/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivateOrganisation(@HeaderParam("X-Forwarded-Prefix") String prefix,
                                           @FormParam("name") String name) {
        admin.deactivateOrganisation(name);
        return back(prefix);
    }

    private static Response back(String prefix) {
        return PortalPage.seeOther(Prefix.of(prefix) + "/ui/admin/reference");
    }
}
