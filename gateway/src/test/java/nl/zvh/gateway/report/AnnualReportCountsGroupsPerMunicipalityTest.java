package nl.zvh.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;
import nl.zvh.platform.figures.SmallCells;
import org.junit.jupiter.api.Test;

/**
 * CoVeCa's group approach in the analyst's report (issue 24): the groups, subgroups and members of the report's year
 * per municipality, as CoVeCa published them (another year's rows are left out; what CoVeCa withheld stays withheld).
 */
class AnnualReportCountsGroupsPerMunicipalityTest {
    static final JsonObject COVECA = new JsonObject().put("groups",
            new JsonArray()
                    .add(new JsonObject().put("year", 2025).put("municipality", "Den Haag").put("groups", 9)
                            .put("subgroups", 12).put("members", 40))
                    .add(new JsonObject().put("year", 2026).put("municipality", "Den Haag").put("groups", 7)
                            .put("subgroups", 11).put("members", 52))
                    .add(new JsonObject().put("year", 2026).put("municipality", "Delft").putNull("groups")
                            .put("subgroups", 5).put("members", 18)))
            .put("suppressed", new JsonArray().add("groups.2026.Delft.groups"));

    @Test
    void theYearsGroupsArePrintedPerMunicipality() {
        AnnualReport.Report report = AnnualReport.of(
                new ServiceFigures(2026, null, null, null, null, null, COVECA, null, null, null),
                ReportMessagesForTests.DUTCH, Locale.forLanguageTag("nl"), new SmallCells(5));
        ReportTable table = report.table("coveca-groups");
        assertEquals(List.of("municipality", "gr_groups", "gr_subgroups", "gr_members"), table.headers());
        assertEquals("Den Haag", table.rows().get(0).get(0));
        assertEquals(52L, table.rows().get(0).get(3));
        assertEquals("Delft", table.rows().get(1).get(0));
        assertSame(ReportTable.SUPPRESSED, table.rows().get(1).get(1), "what CoVeCa withheld");
        assertSame(ReportTable.SUPPRESSED, table.rows().get(0).get(1), "and the next smallest of its column");
        assertEquals(2, table.rows().size(), "2025's row is not in the 2026 report");

        JsonObject open = COVECA.copy();
        open.getJsonArray("groups").getJsonObject(2).put("groups", 3);
        open.put("suppressed", new JsonArray());
        ReportTable all = AnnualReport
                .of(new ServiceFigures(2026, null, null, null, null, null, open, null, null, null),
                        ReportMessagesForTests.DUTCH, Locale.forLanguageTag("nl"), new SmallCells(0))
                .table("coveca-groups");
        assertEquals(List.of(List.of("Den Haag", 7L, 11L, 52L), List.of("Delft", 3L, 5L, 18L)), all.rows());
    }
}
