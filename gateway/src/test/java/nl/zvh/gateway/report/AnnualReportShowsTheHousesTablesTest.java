package nl.zvh.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;
import nl.zvh.platform.figures.SmallCells;
import org.junit.jupiter.api.Test;

/**
 * The house's other tables in the analyst's report (issue 24), from triage's tables figures as Drenthe published its
 * 2020 ones: the LPCO decided on 46 youths (TRIP 14, summons 30, case discussion 2) and the prolific offenders' table
 * had 24 persons in Noord, 34 in Zuidwest, 21 in Zuidoost. With the house's own threshold of 2 (Drenthe printed the 2)
 * the report reproduces the published tables with Dutch names; with the platform's default of 5 the 2 is withheld
 * and so is the next smallest of its column (else 46 - 14 - 30 gives it away). A report for one municipality has no
 * tables section (the tables' figures are the house's).
 */
class AnnualReportShowsTheHousesTablesTest {
    static final JsonObject TABLES = new JsonObject().put("house", "drenthe").put("year", 2020).put("tables",
            new JsonArray()
                    .add(new JsonObject().put("kind", "LPCO").put("received", 46)
                            .put("outcomes",
                                    new JsonObject().put("TRIP", 14).put("SUMMONS", 30).put("CASE_DISCUSSION", 2)
                                            .put("OTHER_SETTLEMENT", 0))
                            .put("areas",
                                    new JsonArray().add(new JsonObject().put("area", "Assen").put("persons", 23))
                                            .add(new JsonObject().put("area", "Emmen").put("persons", 23)))
                            .put("other", new JsonObject()).put("suppressed", new JsonArray()))
                    .add(new JsonObject().put("kind", "PROLIFIC_OFFENDERS").put("received", 79)
                            .put("outcomes", new JsonObject())
                            .put("areas",
                                    new JsonArray().add(area("Noord", 24, 18, 6)).add(area("Zuidoost", 21, 15, 6))
                                            .add(area("Zuidwest", 34, 25, 9)))
                            .put("other", new JsonObject()).put("suppressed", new JsonArray())));

    static JsonObject area(String name, int persons, int prolific, int veryActive) {
        return new JsonObject().put("area", name).put("persons", persons).put("prolific", prolific).put("veryActive",
                veryActive);
    }

    static AnnualReport.Report report(int minCell, String municipality) {
        return AnnualReport.of(
                new ServiceFigures(2020, municipality, null, null, null, null, null, null, null, null, null, null,
                        TABLES, null),
                ReportMessagesForTests.DUTCH, Locale.forLanguageTag("nl"), new SmallCells(minCell));
    }

    @Test
    void drenthesLpcoAndProlificOffendersTablesAreReproduced() {
        AnnualReport.Report report = report(2, null);
        ReportTable lpco = report.table("table-lpco");
        assertNotNull(lpco);
        assertEquals(List.of("tb_received", "TRIP (Taakstraf, Reprimande, Informatie, Preventie)", "Dagvaarding",
                "Casusoverleg", "Andere afdoening"), lpco.rows().stream().map(r -> r.get(0)).toList());
        assertEquals(List.of(46L, 14L, 30L, 2L, 0L), lpco.rows().stream().map(r -> r.get(1)).toList());
        ReportTable districts = report.table("table-prolific-offenders-areas");
        assertEquals(List.of("tb_area", "tb_persons", "tb_prolific", "tb_very_active"), districts.headers());
        assertEquals(List.of(List.of("Noord", 24L, 18L, 6L), List.of("Zuidoost", 21L, 15L, 6L),
                List.of("Zuidwest", 34L, 25L, 9L)), districts.rows());
    }

    @Test
    void withTheDefaultThresholdTheTwoAndTheNextSmallestAreWithheld() {
        ReportTable lpco = report(5, null).table("table-lpco");
        assertSame(ReportTable.SUPPRESSED, lpco.rows().get(3).get(1), "case discussion: 2");
        assertSame(ReportTable.SUPPRESSED, lpco.rows().get(1).get(1), "TRIP, the next smallest of the column");
        assertEquals(30L, lpco.rows().get(2).get(1));
    }

    @Test
    void aMunicipalitysReportHasNoTablesSection() {
        assertNull(report(5, "Assen").table("table-lpco"));
    }
}
