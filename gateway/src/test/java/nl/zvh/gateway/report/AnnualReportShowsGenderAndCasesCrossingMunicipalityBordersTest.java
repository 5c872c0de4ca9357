package nl.zvh.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The annual report carries CoVeCa's gender of main persons (in Dutch) and cases crossing municipality borders as tables (also
 * in the published CSV with small counts withheld); a CoVeCa that does not send them yet gives an empty gender
 * table and zero crossings rather than a broken report.
 */
class AnnualReportShowsGenderAndCasesCrossingMunicipalityBordersTest {
    /** The message keys as texts, so the test sees which message labels which column. */
    static final ReportMessages KEYS = (ReportMessages) Proxy.newProxyInstance(ReportMessages.class.getClassLoader(),
            new Class<?>[]{ReportMessages.class}, (proxy, method, args) -> method.getName());

    @Test
    void genderAndBorderCrossingAreTables() {
        JsonObject coveca = new JsonObject()
                .put("genderOfMainPersons", new JsonObject().put("FEMALE", 7).put("MALE", 3).put("UNKNOWN", 12))
                .put("casesCrossingMunicipalityBorders", 6);
        AnnualReport.Report report = AnnualReport.of(figures(coveca), KEYS);

        ReportTable gender = table(report, "coveca-gender");
        assertEquals("t_coveca_gender", gender.title());
        assertEquals(List.of("gender", "persons"), gender.headers());
        // the 3 is withheld, and so is the 7: otherwise the total of persons would give the 3 away
        assertEquals(List.of(List.of("Vrouw", ReportTable.SUPPRESSED), List.of("Man", ReportTable.SUPPRESSED),
                List.of("Onbekend", 12L)), gender.rows());
        assertEquals("gender;persons\r\nVrouw;x\r\nMan;x\r\nOnbekend;12\r\n", gender.csv());
        ReportTable crossing = table(report, "coveca-crossing");
        assertEquals("t_coveca_crossing", crossing.title());
        assertEquals(List.of(List.of(6L)), crossing.rows());
    }

    @Test
    void olderCovecaWithoutTheFieldsGivesEmptyGenderAndZeroCrossings() {
        AnnualReport.Report report = AnnualReport.of(figures(new JsonObject()), KEYS);
        assertTrue(table(report, "coveca-gender").rows().isEmpty());
        assertEquals(List.of(List.of(0L)), table(report, "coveca-crossing").rows());
    }

    private static ServiceFigures figures(JsonObject coveca) {
        return new ServiceFigures(2026, null, null, null, null, null, coveca, null, null, null);
    }

    private static ReportTable table(AnnualReport.Report report, String id) {
        return report.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
