package nl.zvh.gateway.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.zvh.platform.figures.SmallCells;
import org.junit.jupiter.api.Test;

/**
 * The advice and information questions in the analyst's report (issue 24), as intake publishes them: Bergen op Zoom
 * 20 questions (14 advice, 6 to the information hub, 18 answered, 600 minutes), Roosendaal 12 (6 and 6, all
 * answered, 300 minutes); 7 became a referral, of which Roosendaal's 2 (so intake withheld both municipalities'
 * counts of referrals). The report prints the questions per municipality and for the year, keeps withheld what intake
 * withheld, and prints no minutes in a row with a withheld count.
 */
class AnnualReportCountsQuestionsPerMunicipalityTest {
    static final JsonObject QUESTIONS = new JsonObject()
            .put("asked",
                    32)
            .put("advice", 20).put("information", 12).put("answered", 30).put("becameReferral", 7)
            .put("minutesSpent", 900).put("perMunicipality",
                    new JsonArray()
                            .add(new JsonObject().put("municipality", "Bergen op Zoom").put("asked", 20)
                                    .put("advice", 14).put("information", 6).put("answered", 18)
                                    .putNull("becameReferral").put("minutesSpent", 600))
                            .add(new JsonObject().put("municipality", "Roosendaal").put("asked", 12).put("advice", 6)
                                    .put("information", 6).put("answered", 12).putNull("becameReferral")
                                    .put("minutesSpent", 300)));
    static final JsonObject INTAKE = new JsonObject().put("referrals", 40).put("outcomes", new JsonObject()
            .put("approaches", 10).put("advices", 10).put("noAction", 10).put("withdrawn", 5).put("untriaged", 5))
            .put("questions", QUESTIONS);

    final AnnualReport.Report report = AnnualReport.of(
            new ServiceFigures(2026, null, INTAKE, INTAKE, null, null, null, null, null, null),
            ReportMessagesForTests.DUTCH, Locale.forLanguageTag("nl"), new SmallCells(5));

    @Test
    void theQuestionsTableHasEachMunicipalityAndTheYear() {
        ReportTable table = report.table("questions");
        assertNotNull(table, "the questions table is in the intake section");
        assertEquals("t_questions", table.title());
        assertEquals(List.of("municipality", "q_asked", "q_advice", "q_information", "q_answered", "q_became_referral",
                "q_minutes"), table.headers());
        assertEquals(List.of("Bergen op Zoom", "Roosendaal", "all_municipalities"),
                table.rows().stream().map(r -> r.get(0)).toList());
        List<Object> year = table.rows().get(2);
        assertEquals(List.of(32L, 20L, 12L, 30L, 7L), year.subList(1, 6));
        assertEquals("900", String.valueOf(year.get(6)));
        assertEquals(20L, table.rows().get(0).get(1));
    }

    @Test
    void whatIntakeWithheldStaysWithheldAndTakesTheRowsMinutesAlong() {
        for (List<Object> row : report.table("questions").rows().subList(0, 2)) {
            assertEquals(ReportTable.SUPPRESSED, row.get(5), row.get(0) + ": withheld by intake");
            assertEquals(ReportTable.SUPPRESSED, row.get(6), row.get(0) + ": minutes of a row with a withheld count");
        }
        for (String line : report.table("questions").csv().split("\r\n")) {
            List<String> cells = Arrays.asList(line.split(";"));
            assertFalse(cells.contains("600") || cells.contains("300"), line);
        }
    }
}
