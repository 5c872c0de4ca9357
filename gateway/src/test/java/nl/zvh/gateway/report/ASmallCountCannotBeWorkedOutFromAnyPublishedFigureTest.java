package nl.zvh.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.zvh.platform.figures.SmallCells;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * 35 referrals: 3 approaches, 12 advices, 20 without action (last year 9, 10 and 11), by referrer domain 3, 12 and
 * 20. An analyst reading the page, a CSV or the factsheet cannot find the 3: not as a cell, not as the total minus
 * the other cells, not from a share or from a year-on-year difference. The page prints the cells of these tables.
 */
class ASmallCountCannotBeWorkedOutFromAnyPublishedFigureTest {
    static final JsonObject INTAKE = new JsonObject().put("referrals", 35)
            .put("outcomes",
                    new JsonObject().put("approaches", 3).put("advices", 12).put("noAction", 20).put("withdrawn", 0)
                            .put("untriaged", 0))
            .put("perQuarter",
                    new JsonArray().add(new JsonObject().put("quarter", "Q1").put("referrals", 35).put("approaches", 3)
                            .put("advices", 12).put("untriaged", 0)))
            .put("referrerDomains", new JsonArray().add(domain("JUSTICE", 3, "8.6")).add(domain("CARE", 12, "34.3"))
                    .add(domain("HOUSING", 20, "57.1")));
    static final JsonObject LAST_YEAR = new JsonObject().put("referrals", 30).put("outcomes",
            new JsonObject().put("approaches", 9).put("advices", 10).put("noAction", 11).put("untriaged", 0));

    final AnnualReport.Report report = AnnualReport.of(
            new ServiceFigures(2026, null, INTAKE, INTAKE, LAST_YEAR, null, null, null, null, null),
            ReportMessagesForTests.DUTCH, java.util.Locale.forLanguageTag("nl"), new SmallCells(5));

    @Test
    void noCsvCellIsTheSmallCountOrASharePercentageOrDifferenceThatGivesItAway() {
        for (ReportTable table : report.tables()) {
            for (String line : table.csv().split("\r\n")) {
                List<String> cells = Arrays.asList(line.split(";"));
                assertFalse(cells.contains("3"), table.id() + ": " + line);
                // 3 of 35, and 12 of 35 (100 - 57,1 - 34,3 = 8,6)
                assertFalse(cells.contains("8,6") || cells.contains("34,3"), table.id() + ": " + line);
                // this year's approaches against last year's 9
                assertFalse(cells.contains("-6") || cells.contains("'-6"), table.id() + ": " + line);
            }
        }
    }

    @Test
    void theTotalMinusThePublishedCellsIsNeverTheSmallCount() {
        List<Object> inflow = report.table("inflow").rows().get(0);
        assertEquals(35L, inflow.get(0));
        assertEquals(ReportTable.SUPPRESSED, inflow.get(1));
        assertNotEquals(3L, 35L - published(inflow.subList(1, inflow.size())));
        List<Object> domains = new ArrayList<>();
        report.table("domains").rows().forEach(row -> domains.add(row.get(1)));
        assertNotEquals(3L, 35L - published(domains), "referrals minus the published domains");
        List<List<Object>> comparison = report.table("comparison").rows();
        List<Object> thisYear = comparison.subList(1, comparison.size()).stream().map(row -> row.get(2)).toList();
        assertTrue(thisYear.contains(ReportTable.SUPPRESSED));
        assertNotEquals(3L, 35L - published(thisYear) - 20L, "referrals minus advices, untriaged and no action");
        assertEquals(ReportTable.SUPPRESSED, comparison.get(1).get(3), "the difference of the withheld year");
        assertEquals(ReportTable.SUPPRESSED, comparison.get(1).get(1), "last year's figure, or the difference");
    }

    @Test
    void theChartsDrawNoBarOfAWithheldCount() {
        Chart domains = report.charts().stream().filter(c -> c.id().equals("domains")).findFirst().orElseThrow();
        assertTrue(domains.svg().contains("Wonen") || domains.svg().contains("20"), domains.svg());
        assertFalse(domains.svg().contains(">3<"), domains.svg());
        assertFalse(domains.svg().contains(">12<"), domains.svg());
    }

    @Test
    void anAverageOfThreePersonsIsNeitherInTheTableNorInTheChart() {
        JsonObject coveca = new JsonObject().put("lifeDomainAverages", new JsonArray()
                .add(new JsonObject().put("round", 1).put("lifeDomain", "FINANCES").put("average", 4.67).put("n", 3))
                .add(new JsonObject().put("round", 1).put("lifeDomain", "HOUSING").put("average", 2.25).put("n", 40))
                .add(new JsonObject().put("round", 2).put("lifeDomain", "FINANCES").put("average", 3.5).put("n", 50)));
        AnnualReport.Report withCoveca = AnnualReport.of(
                new ServiceFigures(2026, null, null, null, null, null, coveca, null, null, null),
                ReportMessagesForTests.DUTCH, java.util.Locale.forLanguageTag("nl"), new SmallCells(5));
        assertEquals("[Ronde 1, Financiën, x, x]", withCoveca.table("life-domains").rows().get(0).toString());
        String svg = withCoveca.charts().stream().filter(c -> c.id().equals("life-domains")).findFirst().orElseThrow()
                .svg();
        assertFalse(svg.contains("4,67") || svg.contains("4,7"), svg);
        // n is one column: the 40 goes with the 3, and so does its average; round 2's 50 stays
        assertFalse(svg.contains("2,25") || svg.contains("2,3"), svg);
        assertEquals("[Ronde 2, Financiën, 3,50, 50]", withCoveca.table("life-domains").rows().get(2).toString());
    }

    @Test
    void theFactsheetShowsNeitherTheCountNorItsShare() throws Exception {
        byte[] pdf = Factsheet.render(report, "markiezaten", "x = geheim");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("35"), text);
            for (String line : text.split("\\R")) {
                List<String> words = Arrays.asList(line.split(" "));
                assertFalse(words.contains("3") || words.contains("12") || words.contains("8,6"), line);
            }
        }
    }

    private static long published(List<Object> cells) {
        return cells.stream().filter(Long.class::isInstance).mapToLong(Long.class::cast).sum();
    }

    private static JsonObject domain(String key, int referrals, String percent) {
        return new JsonObject().put("key", key).put("referrals", referrals).put("percent",
                new java.math.BigDecimal(percent));
    }
}
