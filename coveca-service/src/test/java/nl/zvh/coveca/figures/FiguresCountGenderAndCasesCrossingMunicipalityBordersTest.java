package nl.zvh.coveca.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.zvh.platform.testing.EventEvolution;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * In a house of its own: three cases opened by triage's TriageDecided sample on the real broker (main person MALE,
 * "female" as lower case, and as sent before gender existed) and two opened by hand (no gender), one of them in an earlier year.
 * The figures count the gender of main persons only (the sample's FEMALE system member is not counted), unknown as
 * UNKNOWN, and the cases crossing municipality borders (moved out of region to another municipality) — per year,
 * and without the case of another house.
 */
@QuarkusTest
class FiguresCountGenderAndCasesCrossingMunicipalityBordersTest {
    static final String HOUSE = "grenzenhuis";
    static final String OTHER_HOUSE = "grenzenhuis-buur";
    static final String POLICE = "Politie Zeeland-West-Brabant";
    static final Path SAMPLES = Path.of("../triage-service/src/main/asyncapi/samples");
    static final String SAMPLE_REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";
    final String director = TestTokens.token("grens-pd", POLICE, HOUSE, "process-director");
    final String analyst = TestTokens.token("grens-analist", POLICE, HOUSE, "analyst");
    final String otherDirector = TestTokens.token("buur-pd", POLICE, OTHER_HOUSE, "process-director");
    final String otherAnalyst = TestTokens.token("buur-analist", POLICE, OTHER_HOUSE, "analyst");

    @Test
    void genderOfMainPersonsAndCasesCrossingBordersArePerYearAndHouse() throws Exception {
        // 2026 (the sample's decision date): MALE main person, moves to another municipality -> crosses
        String male = fromTriage(s -> s);
        close(male, "MOVED_OUT_OF_REGION", "Rotterdam");
        // FEMALE main person, "moves" to its own municipality (other spelling) -> does not cross
        String female = fromTriage(s -> s.replaceFirst("\"gender\": \"MALE\"", "\"gender\": \"female\""));
        close(female, "MOVED_OUT_OF_REGION", " roosendaal ");
        // decided before gender was part of TriageDecided -> UNKNOWN
        fromTriage(s -> EventEvolution.withoutFields(s, "gender"));
        // opened by hand in 2026 and closed as stable -> UNKNOWN, does not cross
        close(byHand(director, "2026-03-01"), "STABLE", null);
        // opened by hand in 2025, moved to Bergen op Zoom -> crosses, but not in 2026
        close(byHand(director, "2025-06-01"), "MOVED_OUT_OF_REGION", "Bergen op Zoom");
        // another house: crosses, not counted in this house
        String neighbour = byHand(otherDirector, "2026-04-01");
        given().auth().oauth2(otherDirector).contentType(ContentType.JSON)
                .body(Map.of("reason", "MOVED_OUT_OF_REGION", "receivingMunicipality", "Tilburg")).when()
                .post("/api/cases/" + neighbour + "/closure").then().statusCode(200);

        given().auth().oauth2(analyst).when().get("/api/figures?year=2026").then().statusCode(200)
                .body("genderOfMainPersons.size()", equalTo(3)).body("genderOfMainPersons.MALE", equalTo(1))
                .body("genderOfMainPersons.FEMALE", equalTo(1)).body("genderOfMainPersons.UNKNOWN", equalTo(2))
                .body("casesCrossingMunicipalityBorders", equalTo(1));
        given().auth().oauth2(analyst).when().get("/api/figures?year=2025").then().statusCode(200)
                .body("genderOfMainPersons.size()", equalTo(1)).body("genderOfMainPersons.UNKNOWN", equalTo(1))
                .body("casesCrossingMunicipalityBorders", equalTo(1));
        given().auth().oauth2(analyst).when().get("/api/figures").then().statusCode(200)
                .body("genderOfMainPersons.MALE", equalTo(1)).body("genderOfMainPersons.FEMALE", equalTo(1))
                .body("genderOfMainPersons.UNKNOWN", equalTo(3)).body("casesCrossingMunicipalityBorders", equalTo(2));
        given().auth().oauth2(analyst).when().get("/api/figures?year=2024").then().statusCode(200)
                .body("genderOfMainPersons.size()", equalTo(0)).body("casesCrossingMunicipalityBorders", equalTo(0));
        given().auth().oauth2(otherAnalyst).when().get("/api/figures?year=2026").then().statusCode(200)
                .body("genderOfMainPersons.UNKNOWN", equalTo(1)).body("casesCrossingMunicipalityBorders", equalTo(1));
    }

    /** Sends triage's TriageDecided sample for this house (changed as given) and returns the opened case's id. */
    private String fromTriage(UnaryOperator<String> change) throws Exception {
        String referralId = UUID.randomUUID().toString();
        String decided = change.apply(Files.readString(SAMPLES.resolve("TriageDecided-v1.json"))
                .replace(SAMPLE_REFERRAL, referralId).replace("\"markiezaten\"", "\"" + HOUSE + "\"")
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\""));
        Kafka.send("zvh.triage.decision", referralId, decided);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(director).queryParam("sourceReferralId", referralId).when()
                        .get("/api/cases").then().statusCode(200).body("$", hasSize(1)));
        return given().auth().oauth2(director).queryParam("sourceReferralId", referralId).when().get("/api/cases")
                .then().extract().path("[0].id");
    }

    private String byHand(String token, String startDate) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Roosendaal", "intensity", "PGA", "subApproach", "REGULAR", "startDate",
                        startDate, "mainPerson", Map.of("firstName", "Gijs", "lastName", "Grens"), "systemMembers",
                        List.of()))
                .when().post("/api/cases").then().statusCode(201).extract().path("id");
    }

    private void close(String caseId, String reason, String receivingMunicipality) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        if (receivingMunicipality != null) {
            body.put("receivingMunicipality", receivingMunicipality);
        }
        given().auth().oauth2(director).contentType(ContentType.JSON).body(body).when()
                .post("/api/cases/" + caseId + "/closure").then().statusCode(200);
    }
}
