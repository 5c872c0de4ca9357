package nl.zvh.coveca.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.zvh.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Reference data of the caller's house. */
@Path("/api/reference")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    LifeDomains lifeDomains;

    @Inject
    CurrentUser user;

    @GET
    @Path("/life-domains")
    @RolesAllowed({"process-director", "analyst", "functional-admin"})
    @Operation(summary = "The life domains of the caller's house, in order")
    public List<LifeDomains.LifeDomain> lifeDomains() {
        return lifeDomains.of(user.requireHouse());
    }
}
