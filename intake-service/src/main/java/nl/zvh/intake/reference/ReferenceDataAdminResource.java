package nl.zvh.intake.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
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

    /** A municipality as the admin saw it ({@code version}) with its new name and state. */
    public record MunicipalityChange(@NotBlank @Size(max = 100) String name, @NotNull Boolean active,
            @NotNull @Min(0) Integer version) {
    }

    /** A partner organisation as the admin saw it ({@code version}) with its new name, domain and state. */
    public record OrganisationChange(@NotBlank @Size(max = 200) String name, @NotNull Domain domain,
            @NotNull Boolean active, @NotNull @Min(0) Integer version) {
    }

    /** A problem area's state in the house as the admin saw it ({@code version}) and the state wanted. */
    public record ProblemAreaSwitch(@NotNull Boolean active, @NotNull @Min(0) Integer version) {
    }

    @Inject
    ReferenceDataAdmin admin;

    @Inject
    ProblemAreasAdmin problemAreas;

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

    @PUT
    @Path("/municipalities/{id}")
    @Operation(summary = "Rename, deactivate or reactivate a municipality of the house", description = "Send the version you read: 409 problem when someone else changed it since (nothing is"
            + " overwritten) or another municipality of the house has the name; 404 outside the house."
            + " Referrals of the municipality follow a rename; MunicipalityChanged v1 is published.")
    public ReferenceDataAdmin.MunicipalityRow changeMunicipality(@PathParam("id") UUID id,
            @NotNull @Valid MunicipalityChange body) {
        return admin.changeMunicipality(id, body.name(), body.active(), body.version());
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
    @Operation(summary = "Add (or reactivate) a partner organisation of the house; 201 when added, 200 when already"
            + " active", description = "409 problem when it exists with another domain: change that on the"
                    + " organisation itself (PUT), never by adding it again")
    public Response addOrganisation(@NotNull @Valid NewOrganisation body) {
        return Response.status(admin.addOrganisation(body.name(), body.domain()) ? 201 : 200).entity(admin.all())
                .build();
    }

    @PUT
    @Path("/organisations/{id}")
    @Operation(summary = "Rename, change the domain of, deactivate or reactivate a partner organisation of the house", description = "Send the version you read: 409 problem when someone else changed it since or another"
            + " organisation of the house has the name; 404 outside the house. PartnerOrganisationChanged v1"
            + " is published.")
    public ReferenceDataAdmin.OrganisationRow changeOrganisation(@PathParam("id") UUID id,
            @NotNull @Valid OrganisationChange body) {
        return admin.changeOrganisation(id, body.name(), body.domain(), body.active(), body.version());
    }

    @POST
    @Path("/organisations/{name}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Deactivate a partner organisation of the house")
    public ReferenceDataAdmin.HouseReferenceData deactivateOrganisation(@PathParam("name") String name) {
        admin.deactivateOrganisation(name);
        return admin.all();
    }

    @GET
    @Path("/problem-areas")
    @Operation(summary = "The national problem areas with their state in the caller's house")
    public List<ProblemAreasAdmin.ProblemAreaRow> problemAreas() {
        return problemAreas.all();
    }

    @PUT
    @Path("/problem-areas/{code}")
    @Operation(summary = "Switch a problem area on or off for the house", description = "Send the version you read:"
            + " 409 problem when someone else switched it since. An inactive problem area is not offered for new"
            + " referrals; existing ones keep it.")
    public ProblemAreasAdmin.ProblemAreaRow switchProblemArea(@PathParam("code") String code,
            @NotNull @Valid ProblemAreaSwitch body) {
        return problemAreas.switchTo(code, body.active(), body.version());
    }
}
