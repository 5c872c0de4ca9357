package nl.zvh.intake.reference;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.zvh.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's house reference data, for referral forms of people and partner systems. No personal data. */
@Path("/api/reference")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReferenceDataResource {

    @Inject
    ReferenceData referenceData;

    @Inject
    CurrentUser user;

    @GET
    @Path("/municipalities")
    public List<String> municipalities() {
        return referenceData.municipalities(user.requireHouse());
    }

    @GET
    @Path("/problem-areas")
    @Operation(summary = "The problem areas the caller's house offers (all of them for a caller without a house)")
    public List<ReferenceData.ProblemArea> problemAreas() {
        String house = user.house();
        return house == null || house.isBlank() ? referenceData.problemAreas() : referenceData.problemAreas(house);
    }

    @GET
    @Path("/organisations")
    public List<ReferenceData.Organisation> organisations() {
        return referenceData.organisations(user.requireHouse());
    }
}
