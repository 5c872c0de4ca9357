package nl.zvh.intake.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.figures.SmallCells;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The houses' yearly count of questions ("adviesvragen", "vragen aan het informatieknooppunt") per municipality:
 * entered and answered through the API in house Drenthe (no other test asks questions there), counted by kind,
 * answered, became a referral and minutes spent; and with the small-cell rule, a count below 5 and what would give it
 * away (the other kind, by subtraction from the total) are withheld and named, the minutes of a withheld row too.
 */
@QuarkusTest
class AnalystCountsQuestionsPerMunicipalityWithoutSmallCellsTest {
    private final String staff = TestTokens.token("drenthe-medewerker", "ZVH Drenthe", "drenthe", "process-director");
    private final String analyst = TestTokens.token("drenthe-analist", "ZVH Drenthe", "drenthe", "analyst");

    @Test
    void questionsOfTheYearAreCountedPerMunicipalityAndKind() {
        for (int i = 0; i < 3; i++) {
            String id = ask("Assen", i == 0 ? "INFORMATION" : "ADVICE");
            given().auth().oauth2(staff).contentType(ContentType.JSON)
                    .body(Map.of("answer", "Antwoord " + i, "minutesSpent", 15))
                    .post("/api/questions/" + id + "/answer").then().statusCode(200);
        }
        ask("Emmen", "ADVICE");
        int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        given().auth().oauth2(analyst).queryParam("year", year).get("/api/figures").then().statusCode(200)
                .body("questions.asked", equalTo(4)).body("questions.advice", equalTo(3))
                .body("questions.information", equalTo(1)).body("questions.answered", equalTo(3))
                .body("questions.becameReferral", equalTo(0)).body("questions.minutesSpent", equalTo(45))
                .body("questions.perMunicipality.find { it.municipality == 'Assen' }.asked", equalTo(3))
                .body("questions.perMunicipality.find { it.municipality == 'Emmen' }.advice", equalTo(1));
        given().auth().oauth2(analyst).queryParam("year", year).queryParam("municipality", "Emmen").get("/api/figures")
                .then().statusCode(200).body("questions.asked", equalTo(1)).body("questions.minutesSpent", equalTo(0));
    }

    @Test
    void aSmallCountAndWhatWouldGiveItAwayAreWithheld() {
        QuestionFigures.Counts counts = new QuestionFigures.Counts(new QuestionFigures.Row(null, 12, 9, 3, 10, 2, 300),
                List.of(new QuestionFigures.Row("Assen", 10, 9, 1, 8, 2, 250),
                        new QuestionFigures.Row("Emmen", 2, 0, 2, 2, 0, 50)));
        PublishedIntakeFigures p = PublishedIntakeFigures
                .of(AnalystCannotWorkOutASmallCountFromTheIntakeFiguresTest.EXACT, counts, new SmallCells(5));
        PublishedIntakeFigures.Questions q = p.questions();
        assertEquals(12L, q.asked());
        assertEquals(10L, q.answered());
        assertNull(q.information(), "3 is below 5");
        assertNull(q.advice(), "12 - 3 would give the 3 away");
        assertNull(q.becameReferral(), "2 is below 5");
        assertEquals(300L, q.minutesSpent());
        PublishedIntakeFigures.QuestionRow emmen = q.perMunicipality().get(1);
        assertNull(emmen.asked());
        assertNull(emmen.minutesSpent(), "the minutes of a withheld row would tell how much was asked");
        PublishedIntakeFigures.QuestionRow assen = q.perMunicipality().get(0);
        assertNull(assen.asked(), "12 - 2 would give Emmen's 2 away");
        for (String name : List.of("questions.information", "questions.advice", "questions.becameReferral",
                "questions.perMunicipality.Emmen.asked", "questions.perMunicipality.Emmen.minutesSpent")) {
            assertTrue(p.suppressed().contains(name), name + " in " + p.suppressed());
        }
    }

    private String ask(String municipality, String kind) {
        return given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("municipality", municipality, "kind", kind, "channel", "EMAIL", "askerOrganisation",
                        "Gemeente " + municipality, "askerName", "Medewerker WMO", "text", "Een vraag"))
                .post("/api/questions").then().statusCode(201).extract().path("id");
    }
}
