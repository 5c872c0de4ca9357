package nl.zvh.lifecourse.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.platform.testing.Kafka;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract for CoveCaCaseOpened v1 (owned by coveca-service; its own sample) on the real broker: the CTER
 * team hands a person over ("ZVH-aanpak"), CoVeCa opens the case with source CTER and the CTER person as its source
 * record, and the register shows the approach started on the case's start date. A case of another source for the same
 * id (a re-integration escalation) changes nothing.
 */
@QuarkusTest
class CterTeamLearnsTheApproachStartedFromCovecaTest {
    static final Path SAMPLE = Path
            .of("../coveca-service/src/main/asyncapi/samples/CoveCaCaseOpened-v1-from-escalation.json");
    static final String SAMPLE_TRACK = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a";

    @Test
    void caseOpenedFromTheHandOverMarksTheApproachStarted() throws Exception {
        String cter = Tokens.cterMember();
        String person = given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("firstName", "Otto", "lastName", "Overdracht", "municipality", "Roosendaal", "source",
                        "Politie", "ideology", "RELIGIOUS"))
                .when().post("/api/cter/persons").then().statusCode(201).extract().path("id");
        String session = given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now().toString(), "attendees", List.of("Politie", "Gemeente"))).when()
                .post("/api/cter/sessions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("cterPersonId", person, "safetyOfficer", "AOV Roosendaal", "outcome",
                        "PERSON_ORIENTED_APPROACH"))
                .when().post("/api/cter/sessions/" + session + "/weighings").then().statusCode(200);
        given().auth().oauth2(cter).when().get("/api/cter/persons/" + person).then().statusCode(200)
                .body("approachHandedOverAt", notNullValue()).body("approachStartedOn", nullValue());

        Kafka.send("zvh.coveca.case", person, opened(person, "REINTEGRATION_ESCALATION")
                .replace("\"startDate\": \"2026-12-02\"", "\"startDate\": \"2026-11-01\""));
        Kafka.send("zvh.coveca.case", person, opened(person, "CTER"));

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(cter).when().get("/api/cter/persons/" + person).then()
                        .statusCode(200).body("approachStartedOn", equalTo("2026-12-02")));
    }

    static String opened(String cterPersonId, String source) throws Exception {
        String json = Files.readString(SAMPLE);
        assertTrue(json.contains(SAMPLE_TRACK) && json.contains("\"source\": \"REINTEGRATION_ESCALATION\""));
        return json.replace(SAMPLE_TRACK, cterPersonId)
                .replace("\"source\": \"REINTEGRATION_ESCALATION\"", "\"source\": \"" + source + "\"")
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"")
                .replaceFirst("\"caseId\": \"[0-9a-f-]+\"", "\"caseId\": \"" + UUID.randomUUID() + "\"");
    }
}
