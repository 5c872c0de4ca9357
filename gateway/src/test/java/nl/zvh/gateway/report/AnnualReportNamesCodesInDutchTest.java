package nl.zvh.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;
import nl.zvh.platform.figures.SmallCells;
import org.junit.jupiter.api.Test;

/**
 * The annual report names every code of the services' figures in the reader's language: the house's reference data
 * for problem areas and life domains, the gateway's labels for the rest; quarters and decimals read as a person
 * writes them; the tables are grouped per programme, a missing service's section says so.
 */
class AnnualReportNamesCodesInDutchTest {

    @Test
    void codesReadAsWordsAndDecimalsWithAComma() {
        JsonObject intake = new JsonObject().put("referrals", 8)
                .put("outcomes", new JsonObject().put("approaches", 5).put("advices", 3))
                .put("perQuarter", new JsonArray().add(new JsonObject().put("quarter", "Q1").put("referrals", 8)))
                .put("referrerDomains",
                        new JsonArray()
                                .add(new JsonObject().put("key", "JUSTICE").put("referrals", 8).put("percent", 100.0)))
                .put("problemAreas", new JsonArray()
                        .add(new JsonObject().put("key", "HOUSING_NUISANCE").put("referrals", 5).put("percent", 62.5))
                        .add(new JsonObject().put("key", "LOCAL_CODE").put("referrals", 3).put("percent", 37.5)))
                .put("approachesByProgramme", new JsonObject().put("COVECA", 4).put("CTER", 1));
        JsonObject coveca = new JsonObject()
                .put("approachesPerQuarter",
                        new JsonArray()
                                .add(new JsonObject().put("quarter", "2026-Q2").put("started", 2).put("active", 4)))
                .put("uniquePersonsPerSubApproach", new JsonObject().put("MDA_PLUS_PLUS", 2))
                .put("closureReasons", new JsonObject().put("STABLE", 1))
                .put("ageBandsOfMainPersons", new JsonObject().put("<18", 1))
                .put("lifeDomainAverages", new JsonArray().add(new JsonObject().put("round", 1)
                        .put("lifeDomain", "FINANCES").put("average", 3.25).put("n", 4)));
        JsonObject trafficking = new JsonObject()
                .put("primaryExploitationTypes",
                        new JsonArray()
                                .add(new JsonObject().put("type", "SEXUAL").put("signals", 2).put("percent", 100.0)))
                .put("outcomes", new JsonArray()
                        .add(new JsonObject().put("key", "UNDECIDED").put("signals", 2).put("percent", 100.0)));
        JsonArray problemAreas = new JsonArray().add(new JsonObject().put("code", "LOCAL_CODE")
                .put("labelNl", "Eigen problematiek van het huis").put("labelEn", "House's own problem"));
        ServiceFigures figures = new ServiceFigures(2026, null, intake, intake, null, null, coveca, null, trafficking,
                null, problemAreas, null, null, null);

        // naming, not suppression, is what this test reads: the small-cell rule is off
        AnnualReport.Report report = AnnualReport.of(figures, ReportMessagesForTests.DUTCH, Locale.forLanguageTag("nl"),
                new SmallCells(0));

        assertEquals(
                List.of(List.of("Woonoverlast", 5L, "62,5"), List.of("Eigen problematiek van het huis", 3L, "37,5"))
                        .toString(),
                report.table("problem-areas").rows().toString());
        assertEquals(List.of(List.of("Straf", 8L, "100,0")).toString(), report.table("domains").rows().toString());
        assertEquals("1e kwartaal", report.table("quarters").rows().get(0).get(0));
        assertEquals(List.of(List.of("Complexe casuïstiek", 4L), List.of("CTER-weegploeg", 1L)),
                report.table("programmes").rows());
        assertEquals("2e kwartaal", report.table("coveca-quarters").rows().get(0).get(0));
        assertEquals("MDA++ (huiselijk geweld)", report.table("coveca-sub-approaches").rows().get(0).get(0));
        assertEquals("Situatie stabiel", report.table("coveca-closures").rows().get(0).get(0));
        assertEquals("Jonger dan 18", report.table("coveca-ages").rows().get(0).get(0));
        assertEquals(List.of("Ronde 1", "Financiën", "3,25", 4L).toString(),
                report.table("life-domains").rows().get(0).toString());
        assertEquals("Seksuele uitbuiting", report.table("trafficking-types").rows().get(0).get(0));
        assertEquals("Nog te beoordelen", report.table("trafficking-outcomes").rows().get(0).get(0));
        String charts = String.join("", report.charts().stream().map(Chart::svg).toList());
        assertTrue(charts.contains(">Seksuele uitbuiting<") && charts.contains(">Financiën<")
                && charts.contains(">1e kwartaal<"), charts);
        assertFalse(charts.matches("(?s).*>[A-Z]+_[A-Z_]+<.*"), "no raw codes in charts");

        assertEquals(List.of("intake", "coveca", "reintegration", "trafficking", "lifecourse", "tables", "effect"),
                report.sections().stream().map(AnnualReport.Section::id).toList());
        assertEquals(List.of("reintegration", "lifecourse", "tables", "effect"), report.unavailable());
        assertTrue(report.sections().get(2).tables().isEmpty());
    }

    @Test
    void englishReadersGetEnglishNamesAndADecimalPoint() {
        JsonObject trafficking = new JsonObject().put("primaryExploitationTypes",
                new JsonArray().add(new JsonObject().put("type", "LABOUR").put("signals", 1).put("percent", 12.5)));
        AnnualReport.Report report = AnnualReport.of(
                new ServiceFigures(2026, null, null, null, null, null, null, null, trafficking, null),
                ReportMessagesForTests.DUTCH, Locale.ENGLISH, new SmallCells(0));
        assertEquals(List.of(List.of("Labour exploitation", 1L, "12.5")).toString(),
                report.table("trafficking-types").rows().toString());
    }
}
