package nl.zvh.intake.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import nl.zvh.platform.figures.SmallCells;
import nl.zvh.platform.security.FiguresHouse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Intake figures of the caller's house (a national analyst names the house: {@link FiguresHouse}): aggregates only, so nothing is audited and no person is returned. */
@Path("/api/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    @Inject
    ReferralFigures figures;

    @Inject
    QuestionFigures questions;

    @Inject
    FiguresHouse houses;

    @ConfigProperty(name = SmallCells.PROPERTY, defaultValue = "5")
    int minCell;

    @GET
    @RolesAllowed({"analyst", "triage-chair", FiguresHouse.NATIONAL_ANALYST})
    @Operation(summary = "Referrals of a year by submission date: outcomes by the reference date (approaches per "
            + "programme, advices, untriaged), per quarter, municipality, referrer organisation and domain, problem "
            + "areas; advice and information questions by asking date (see docs/figures.md)", description = "Counts from 1 to zvh.figures.min-cell - 1 (default 5), and"
                    + " the cells that would give them away, are null (their share too) and named in `suppressed`.")
    public PublishedIntakeFigures get(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("municipality") @Size(max = 100) String municipality, @QueryParam("on") LocalDate on,
            @QueryParam("house") @Size(max = 100) String requestedHouse) {
        String house = houses.resolve(requestedHouse);
        String only = municipality == null || municipality.isBlank() ? null : municipality;
        return PublishedIntakeFigures.of(figures.of(house, year, only, on), questions.of(house, year, only),
                new SmallCells(minCell));
    }
}
