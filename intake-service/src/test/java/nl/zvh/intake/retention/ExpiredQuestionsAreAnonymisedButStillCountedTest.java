package nl.zvh.intake.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A question about a named person is personal data and expires like intake's other records: two years after it was
 * last handled (here: answered) the retention round's question rule anonymises it in place (person, asker's name,
 * question and answer gone; it answers 404 and leaves the list) and announces it with {@code PersonDataErased} without
 * a name and without a referral; the year's figures count it as before. A day short of the term nothing happens.
 */
@QuarkusTest
class ExpiredQuestionsAreAnonymisedButStillCountedTest {
    private final String staff = TestTokens.token("zeeland-medewerker", "ZVH Zeeland", "zeeland", "process-director");
    private final String analyst = TestTokens.token("zeeland-analist", "ZVH Zeeland", "zeeland", "analyst");

    @Inject
    QuestionRetention retention;

    @Inject
    EntityManager em;

    @Test
    void aNamedQuestionIsAnonymisedTwoYearsAfterItsAnswerWhileTheFiguresStay() {
        String id = given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Middelburg", "kind", "ADVICE", "channel", "IN_PERSON",
                        "askerOrganisation", "Huisartsenpraktijk Middelburg", "askerName", "Dr. Jansen, huisarts",
                        "text", "Mag ik mijn zorg over Piet Vergeetmij delen?", "person",
                        Map.of("firstName", "Piet", "lastName", "Vergeetmij")))
                .post("/api/questions").then().statusCode(201).extract().path("id");
        String personId = given().auth().oauth2(staff).get("/api/questions/" + id).then().extract().path("person.id");
        given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("answer", "Ja, met Piet Vergeetmij zelf erbij.", "minutesSpent", 30))
                .post("/api/questions/" + id + "/answer").then().statusCode(200);
        int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        Map<String, Object> before = figures(year);

        Instant answered = Instant.now();
        Instant dayShort = answered.atZone(ZoneId.of("UTC")).plusYears(2).minusDays(1).toInstant();
        QuarkusTransaction.requiringNew().run(() -> retention.eraseExpired(dayShort));
        given().auth().oauth2(staff).get("/api/questions/" + id).then().statusCode(200);

        Instant afterTerm = answered.atZone(ZoneId.of("UTC")).plusYears(2).plus(1, ChronoUnit.HOURS).toInstant();
        int erased = QuarkusTransaction.requiringNew().call(() -> retention.eraseExpired(afterTerm));
        assertTrue(erased >= 1, "erased " + erased);

        given().auth().oauth2(staff).get("/api/questions/" + id).then().statusCode(404);
        given().auth().oauth2(staff).get("/api/questions").then().statusCode(200).body("id", not(hasItem(id)));
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select person_first_name, person_last_name, text, answer, asker_name, minutes_spent, kind
                from question where id = cast(?1 as uuid)""").setParameter(1, id).getSingleResult());
        assertNull(row[0]);
        assertNull(row[1]);
        assertEquals("", row[2]);
        assertEquals("", row[3]);
        assertEquals("", row[4]);
        assertEquals(30, ((Number) row[5]).intValue(), "what the figures need stays");
        assertEquals("ADVICE", row[6]);
        assertEquals(before, figures(year), "the year's figures count the anonymised question as before");

        String event = Kafka.await("zvh.privacy.erasure.intake",
                r -> r.value().contains("\"recordId\":\"" + id + "\""));
        assertTrue(event.contains("\"recordType\":\"question\""), event);
        assertTrue(event.contains(personId), "the person's id is announced: " + event);
        assertTrue(!event.contains("Vergeetmij") && !event.contains("Jansen"), "no name in the event: " + event);
    }

    private Map<String, Object> figures(int year) {
        return given().auth().oauth2(analyst).queryParam("year", year).get("/api/figures").then().statusCode(200)
                .body("questions.asked", org.hamcrest.Matchers.greaterThanOrEqualTo(1)).extract().path("questions");
    }
}
