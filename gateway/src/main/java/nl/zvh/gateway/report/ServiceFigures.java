package nl.zvh.gateway.report;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The raw figures as the services answered them (null: that service's figures are unavailable), and the house's
 * reference data that names their codes: intake's problem areas ({@code code}, {@code labelNl}, {@code labelEn}) and
 * CoVeCa's life domains ({@code code}, {@code nameNl}, {@code nameEn}); null when not available. {@code tables}: the
 * figures of the house's other tables (triage's {@code /api/tables/figures}); {@code effect}: the effect of the
 * approach (triage's {@code /api/effect/figures}).
 */
public record ServiceFigures(int year, String municipality, JsonObject intake, JsonObject intakeAllMunicipalities,
        JsonObject intakePreviousYear, JsonObject triage, JsonObject coveca, JsonObject reintegration,
        JsonObject trafficking, JsonObject lifecourse, JsonArray problemAreas, JsonArray lifeDomains, JsonObject tables,
        JsonObject effect) {

    /** Figures without reference data (the gateway's own labels name the codes). */
    public ServiceFigures(int year, String municipality, JsonObject intake, JsonObject intakeAllMunicipalities,
            JsonObject intakePreviousYear, JsonObject triage, JsonObject coveca, JsonObject reintegration,
            JsonObject trafficking, JsonObject lifecourse) {
        this(year, municipality, intake, intakeAllMunicipalities, intakePreviousYear, triage, coveca, reintegration,
                trafficking, lifecourse, null, null, null, null);
    }
}
