package nl.zvh.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.zvh.platform.figures.SmallCells;
import org.junit.jupiter.api.Test;

/**
 * Linked tables (issue 23, small cells across the tables of one report): this year's 35 referrals are 3 approaches,
 * 12 advices, 14 without action and 6 withdrawn (last year 9 approaches and 10 advices). The year comparison protects
 * the 3 approaches in its "this year" column with the 12 advices; the inflow table protects them with the 6 withdrawn
 * and, on its own, would print the 12. Composed as one report, a figure withheld in one table is withheld in every
 * table that shows it: the 12 appears nowhere, and the inflow and the comparison agree on every figure they share.
 */
class AFigureWithheldInOneTableIsWithheldInEveryTableTest {
    static final JsonObject INTAKE = new JsonObject().put("referrals", 35).put("outcomes", new JsonObject()
            .put("approaches", 3).put("advices", 12).put("noAction", 14).put("withdrawn", 6).put("untriaged", 0));
    static final JsonObject LAST_YEAR = new JsonObject().put("referrals", 30).put("outcomes",
            new JsonObject().put("approaches", 9).put("advices", 10).put("noAction", 11).put("untriaged", 0));

    final AnnualReport.Report report = AnnualReport.of(
            new ServiceFigures(2026, null, INTAKE, INTAKE, LAST_YEAR, null, null, null, null, null),
            ReportMessagesForTests.DUTCH, Locale.forLanguageTag("nl"), new SmallCells(5));

    @Test
    void theTablesAgreeOnEveryFigureTheyShare() {
        List<Object> inflow = report.table("inflow").rows().get(0);
        List<List<Object>> comparison = report.table("comparison").rows();
        // inflow: referrals, approaches, advices, no action, withdrawn, untriaged; comparison rows: referrals,
        // approaches, advices, untriaged, with this year in column 2
        int[] inInflow = {0, 1, 2, 5};
        for (int i = 0; i < inInflow.length; i++) {
            boolean withheldInInflow = inflow.get(inInflow[i]) == ReportTable.SUPPRESSED;
            boolean withheldInComparison = comparison.get(i).get(2) == ReportTable.SUPPRESSED;
            assertEquals(withheldInInflow, withheldInComparison,
                    "figure " + i + " in the inflow " + inflow + " and the comparison " + comparison);
        }
        assertEquals(ReportTable.SUPPRESSED, inflow.get(2), "the advices, which the comparison needs withheld");
    }

    @Test
    void theSmallCountAndItsProtectionArePrintedNowhere() {
        for (ReportTable table : report.tables()) {
            for (String line : table.csv().split("\r\n")) {
                List<String> cells = Arrays.asList(line.split(";"));
                assertFalse(cells.contains("3") || cells.contains("12"), table.id() + ": " + line);
            }
        }
    }
}
