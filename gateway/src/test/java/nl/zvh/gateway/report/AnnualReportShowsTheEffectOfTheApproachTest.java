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
 * The effect of the approach in the analyst's report (issue 25), as triage publishes it: per programme and kind of
 * reports the persons and the average per person per quarter before and after the start, in words and with a decimal
 * comma; a line triage withheld is printed withheld.
 */
class AnnualReportShowsTheEffectOfTheApproachTest {
    static final JsonObject EFFECT = new JsonObject()
            .put("lines", new JsonArray()
                    .add(new JsonObject().put("programme", "COVECA").put("category", "NUISANCE_REPORTS")
                            .put("persons", 12).put("before", new JsonObject().put("averagePerPersonPerQuarter", 4.25))
                            .put("after", new JsonObject().put("averagePerPersonPerQuarter", 1.5)))
                    .add(new JsonObject().put("programme", "LIFECOURSE").put("category", "DOMESTIC_VIOLENCE_REPORTS")
                            .putNull("persons").put("before", new JsonObject().putNull("averagePerPersonPerQuarter"))
                            .put("after", new JsonObject().putNull("averagePerPersonPerQuarter"))))
            .put("suppressed", new JsonArray().add("LIFECOURSE.DOMESTIC_VIOLENCE_REPORTS"));

    static ReportTable table(JsonObject effect) {
        return AnnualReport
                .of(new ServiceFigures(2026, null, null, null, null, null, null, null, null, null, null, null, null,
                        effect), ReportMessagesForTests.DUTCH, Locale.forLanguageTag("nl"), new SmallCells(5))
                .table("effect");
    }

    @Test
    void averagesBeforeAndAfterAreShownPerProgrammeInDutch() {
        JsonObject one = EFFECT.copy();
        one.getJsonArray("lines").remove(1);
        one.put("suppressed", new JsonArray());
        List<Object> coveca = table(one).rows().get(0);
        assertEquals("Complexe casuïstiek", coveca.get(0));
        assertEquals("Overlastmeldingen politie (E33, E38, E41)", coveca.get(1));
        assertEquals(12L, coveca.get(2));
        assertEquals("4,25", String.valueOf(coveca.get(3)));
        assertEquals("1,50", String.valueOf(coveca.get(4)));

        ReportTable both = table(EFFECT);
        assertSame(ReportTable.SUPPRESSED, both.rows().get(1).get(2), "what triage withheld");
        assertSame(ReportTable.SUPPRESSED, both.rows().get(1).get(3));
    }
}
