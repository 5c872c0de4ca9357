package nl.zvh.reintegration.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.zvh.platform.history.HistoryFiles;
import nl.zvh.platform.history.HistoryReport;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The functional administrator imports the house's earlier DJI detentions and releases from its previous system
 * (docs/history-import.md).
 */
@Path("/api/history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {
    @Inject
    DetentionHistory detentions;

    @POST
    @Path("/detentions")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed("functional-admin")
    @Operation(summary = "Import the house's earlier DJI detentions and releases (CSV of the previous system)", description = "With dryRun=true nothing is stored: the answer counts the rows to import and those imported"
            + " before, and lists every rejected row (rows[3].gemeente). Without, all rows are imported or"
            + " none: a rejected row gives 400 naming each; rows imported before are skipped, so the same file"
            + " twice imports once. Each detention becomes a track (source IMPORTED) with its own detention"
            + " and release dates; a released one is closed at its release date. No DJI notification is"
            + " stored and no event is published.")
    public HistoryReport detentions(@QueryParam("dryRun") boolean dryRun,
            @Size(max = HistoryFiles.MAX_CHARACTERS, message = HistoryFiles.TOO_LARGE) String csv) {
        return detentions.run(csv, dryRun);
    }
}
