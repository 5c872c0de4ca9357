package nl.zvh.triage.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import nl.zvh.platform.figures.SmallCells;
import org.junit.jupiter.api.Test;

/**
 * 35 decisions: 3 approaches (CTER), 12 advices, 20 without action. The analyst's JSON holds neither the 3 nor the
 * 12 (35 - 20 - 12 would be the 3); both are null and named as withheld, the total and the 20 stay.
 */
class AnalystCannotWorkOutASmallCountFromTheTriageFiguresTest {
    static final LocalDate DAY = LocalDate.parse("2026-06-30");

    @Test
    void theSmallCountAndTheNextSmallestAreNullAndNamed() throws Exception {
        Map<String, Long> programmes = new TreeMap<>(Map.of("CTER", 3L));
        TriageFigures.Figures exact = new TriageFigures.Figures("markiezaten", DAY.withDayOfYear(1), DAY, 35,
                programmes, 12, 20, 30, DAY, 2);
        JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule())
                .readTree(new ObjectMapper().registerModule(new JavaTimeModule())
                        .writeValueAsString(PublishedFigures.of(exact, new SmallCells(5))));

        assertEquals(35, json.get("referralsTriaged").asLong());
        assertEquals(20, json.get("noAction").asLong());
        assertTrue(json.get("approachesByProgramme").get("CTER").isNull(), json.toString());
        assertTrue(json.get("advices").isNull(), json.toString());
        assertTrue(json.get("untriagedOn").isNull(), json.toString());
        assertEquals(30, json.get("feedbackSameWeek").asLong());
        assertEquals("[\"approachesByProgramme.CTER\",\"advices\",\"untriagedOn\"]", json.get("suppressed").toString());
        long published = json.get("noAction").asLong();
        assertFalse(json.get("referralsTriaged").asLong() - published == 3, "total minus the others");
    }

    @Test
    void withTheRuleOffEveryCountIsPublished() {
        PublishedFigures all = PublishedFigures.of(
                new TriageFigures.Figures("markiezaten", DAY, DAY, 35, Map.of("CTER", 3L), 12, 20, 30, DAY, 2),
                new SmallCells(0));
        assertEquals(3L, all.approachesByProgramme().get("CTER"));
        assertTrue(all.suppressed().isEmpty());
    }
}
