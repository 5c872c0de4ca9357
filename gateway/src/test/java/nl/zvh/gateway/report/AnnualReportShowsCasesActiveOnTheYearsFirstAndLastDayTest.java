package nl.zvh.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The annual report's CoVeCa section shows the cases active on 1 January and on 31 December as a table with those
 * column labels; a count CoVeCa withheld (null, named in {@code suppressed}) stays withheld, a small count is withheld
 * by the report's own rule too, and a CoVeCa that does not send them yet leaves the table out rather than showing 0.
 */
class AnnualReportShowsCasesActiveOnTheYearsFirstAndLastDayTest {
    static final ReportMessages KEYS = (ReportMessages) Proxy.newProxyInstance(ReportMessages.class.getClassLoader(),
            new Class<?>[]{ReportMessages.class}, (proxy, method, args) -> method.getName());

    @Test
    void bothReferenceDaysAreOneRow() {
        AnnualReport.Report report = AnnualReport
                .of(figures(new JsonObject().put("activeOnJanuary1", 41).put("activeOnDecember31", 38)), KEYS);
        ReportTable active = table(report, "coveca-active");
        assertEquals("t_coveca_active", active.title());
        assertEquals(List.of("active_on_january_1", "active_on_december_31"), active.headers());
        assertEquals(List.of(List.of(41L, 38L)), active.rows());
        assertEquals("active_on_january_1;active_on_december_31\r\n41;38\r\n", active.csv());
    }

    @Test
    void withheldAndSmallCountsStayWithheld() {
        JsonObject coveca = new JsonObject().putNull("activeOnJanuary1").put("activeOnDecember31", 3).put("suppressed",
                new JsonArray().add("activeOnJanuary1"));
        ReportTable active = table(AnnualReport.of(figures(coveca), KEYS), "coveca-active");
        assertEquals(List.of(List.of(ReportTable.SUPPRESSED, ReportTable.SUPPRESSED)), active.rows());
    }

    @Test
    void olderCovecaWithoutTheCountsHasNoSuchTable() {
        AnnualReport.Report report = AnnualReport.of(figures(new JsonObject()), KEYS);
        assertTrue(report.tables().stream().noneMatch(t -> t.id().equals("coveca-active")));
    }

    private static ServiceFigures figures(JsonObject coveca) {
        return new ServiceFigures(2026, null, null, null, null, null, coveca, null, null, null);
    }

    private static ReportTable table(AnnualReport.Report report, String id) {
        return report.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
