package nl.zvh.intake.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Reference data maintenance of the caller's house, for its functional admin. */
@Path("/api/reference/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("functional-admin")
public class ReferenceDataAdminResource {

    /** A new municipality. */
    public record NewMunicipality(@NotBlank @Size(max = 100) String name) {
    }

    /** A new partner organisation with its domain. */
    public record NewOrganisation(@NotBlank @Size(max = 200) String name, @NotNull Domain domain) {
    }

    @Inject
    ReferenceDataAdmin admin;

    @GET
    @Operation(summary = "The house's municipalities and partner organisations, inactive ones included")
    public ReferenceDataAdmin.HouseReferenceData all() {
        return admin.all();
    }

    @POST
    @Path("/municipalities")
    @Operation(summary = "Add (or reactivate) a municipality of the house; 201 when added, 200 when already active")
    public Response addMunicipality(@NotNull @Valid NewMunicipality body) {
        return Response.status(admin.addMunicipality(body.name()) ? 201 : 200).entity(admin.all()).build();
    }

    @POST
    @Path("/municipalities/{name}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Deactivate a municipality: no new referrals for it; existing ones keep it")
    public ReferenceDataAdmin.HouseReferenceData deactivateMunicipality(@PathParam("name") String name) {
        admin.deactivateMunicipality(name);
        return admin.all();
    }

    @POST
    @Path("/organisations")
    @Operation(summary = "Add (or reactivate, with a new domain) a partner organisation of the house")
    public Response addOrganisation(@NotNull @Valid NewOrganisation body) {
        return Response.status(admin.addOrganisation(body.name(), body.domain()) ? 201 : 200).entity(admin.all())
                .build();
    }

    @POST
    @Path("/organisations/{name}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Deactivate a partner organisation of the house")
    public ReferenceDataAdmin.HouseReferenceData deactivateOrganisation(@PathParam("name") String name) {
        admin.deactivateOrganisation(name);
        return admin.all();
    }
}
