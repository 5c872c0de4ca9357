package nl.zvh.gateway.report;

import io.vertx.core.json.JsonObject;

/** The raw figures as the services answered them (null: that service's figures are unavailable). */
public record ServiceFigures(int year, String municipality, JsonObject intake, JsonObject intakeAllMunicipalities,
                             JsonObject intakePreviousYear, JsonObject triage, JsonObject coveca,
                             JsonObject reintegration, JsonObject trafficking, JsonObject lifecourse) {
}
