package nl.zvh.reintegration.measures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import nl.zvh.reintegration.measures.MeasureInputs.Article18bAnswer;
import nl.zvh.reintegration.measures.MeasureInputs.MayorAssessment;
import nl.zvh.reintegration.measures.MeasureInputs.NewArticle18b;
import nl.zvh.reintegration.measures.MeasureInputs.NewBij;
import nl.zvh.reintegration.measures.MeasureInputs.NewIsdOrder;
import nl.zvh.reintegration.measures.MeasureInputs.NewPhase;
import nl.zvh.reintegration.measures.MeasureViews.Article18b;
import nl.zvh.reintegration.measures.MeasureViews.AwaitingMayor;
import nl.zvh.reintegration.measures.MeasureViews.Bij;
import nl.zvh.reintegration.measures.MeasureViews.Isd;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The house's BIJ items awaiting the mayor. */
@Path("/api/bij")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("reintegration-coordinator")
public class BijWorklistResource {

    @Inject
    Measures measures;

    @GET
    @Path("/awaiting-mayor")
    @Operation(summary = "The house's BIJ items awaiting the mayor's assessment")
    public List<AwaitingMayor> awaitingMayor() {
        return measures.awaitingMayor();
    }
}
