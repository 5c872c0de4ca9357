package nl.zvh.triage.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import nl.zvh.triage.PublishedEvents;
import nl.zvh.triage.TableMeets;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The chair scores a referral and decides; TriageDecided reaches the real broker in exactly the shape of triage's
 * own samples (which intake and the programmes consume), and invalid decisions are problems naming the field.
 */
@QuarkusTest
class ChairDecidesAndTriageDecidedKeepsItsContractTest {
    static final Path SAMPLES = Path.of("src/main/asyncapi/samples");
    static final String CHAIR = TestTokens.token("voorzitter", "ZVH De Markiezaten", "markiezaten", "triage-chair",
            "triage-member");
    static final String MEMBER = TestTokens.token("om-lid", "Openbaar Ministerie", "markiezaten", "triage-member");
    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void covecaApproachIsDecidedAndPublishedWithThePersonsTheProgrammeNeeds() throws Exception {
        String referralId = submitted();
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("DOMESTIC_VIOLENCE", 2, "ADDICTION", 2), "childrenInHousehold", true,
                        "criteria",
                        Map.of("multipleLifeDomains", true, "severalChainsWithCoercion", true,
                                "impactOnFamilyOrEnvironment", true, "seriousLocalSafetyProblems", false)))
                .when().put("/api/triage/referrals/" + referralId + "/assessment").then().statusCode(200)
                .body("recommendation.outcome", equalTo("APPROACH_STARTED"))
                .body("recommendation.intensity", equalTo("MAATWERK")).body("recommendation.dangerScore", equalTo(6));
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("UNKNOWN_ITEM", 1), "childrenInHousehold", false, "criteria",
                        Map.of("multipleLifeDomains", true, "severalChainsWithCoercion", true,
                                "impactOnFamilyOrEnvironment", true, "seriousLocalSafetyProblems", false)))
                .when().put("/api/triage/referrals/" + referralId + "/assessment").then().statusCode(400)
                .body(containsString("scores"));

        given().auth().oauth2(MEMBER).contentType(ContentType.JSON).body(coveca()).when()
                .post("/api/triage/referrals/" + referralId + "/decision").then().statusCode(403);
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON).body(coveca()).when()
                .post("/api/triage/referrals/" + referralId + "/decision").then().statusCode(201)
                .body("outcome", equalTo("APPROACH_STARTED"))
                .body("membersPresent[1]", equalTo("Politie Zeeland-West-Brabant"));
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON).body(coveca()).when()
                .post("/api/triage/referrals/" + referralId + "/decision").then().statusCode(409);
        given().auth().oauth2(MEMBER).when().get("/api/triage/referrals/" + referralId + "/decision").then()
                .statusCode(200).body("subApproach", equalTo("MDA_PLUS_PLUS"));

        JsonNode event = PublishedEvents
                .await(bootstrap, "zvh.triage.decision", 1, PublishedEvents.ofType("TriageDecided", referralId)).get(0);
        JsonNode sample = JSON.readTree(Files.readString(SAMPLES.resolve("TriageDecided-v1.json")));
        assertEquals(fields(sample), fields(event), "envelope fields as the sample");
        assertEquals(fields(sample.get("payload")), fields(event.get("payload")), "payload fields as the sample");
        assertEquals(fields(sample.at("/payload/persons/0")), fields(event.at("/payload/persons/0")));
        JsonNode p = event.get("payload");
        assertEquals("COVECA", p.get("programme").asText());
        assertEquals("MAATWERK", p.get("intensity").asText());
        assertEquals("MDA_PLUS_PLUS", p.get("subApproach").asText());
        assertTrue(p.get("advice").isNull());
        assertEquals("Roosendaal", p.get("municipality").asText());
        assertEquals(2, p.get("persons").size());
        assertEquals("111222333", p.at("/persons/0/bsn").asText());
        assertEquals("MALE", p.at("/persons/0/gender").asText());
        assertEquals(1, event.get("version").asInt());
        assertEquals(referralId, event.get("aggregateId").asText());

        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(
                () -> given().auth().oauth2(MEMBER).when().get("/api/triage/queue").then().statusCode(200)
                        .body("referralId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(referralId))));
    }

    @Test
    void adviceCarriesTheTextAndNoPersons() throws Exception {
        String referralId = submitted();
        String path = "/api/triage/referrals/" + referralId + "/decision";
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ADVICE", "rationale", "Eén leefgebied", "membersPresent", List.of("OM")))
                .when().post(path).then().statusCode(400).contentType("application/problem+json")
                .body(containsString("advice"));
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON)
                .body(Map.of("outcome", "APPROACH_STARTED", "programme", "COVECA", "subApproach", "REGULAR",
                        "rationale", "r", "membersPresent", List.of("OM")))
                .when().post(path).then().statusCode(400).body(containsString("intensity"));
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON)
                .body(Map.of("outcome", "APPROACH_STARTED", "programme", "TRAFFICKING", "intensity", "PGA", "rationale",
                        "r", "membersPresent", List.of("OM")))
                .when().post(path).then().statusCode(400).body(containsString("intensity"));
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NO_ACTION", "rationale", "r", "membersPresent", List.of())).when().post(path)
                .then().statusCode(400).body(containsString("membersPresent"));
        given().auth().oauth2(TestTokens.token("dh", "Politie Eenheid Den Haag", "haaglanden", "triage-chair"))
                .contentType(ContentType.JSON).body(coveca()).when().post(path).then().statusCode(404);

        given().auth().oauth2(CHAIR).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ADVICE", "advice", "Schuldhulp via het wijkteam.", "rationale",
                        "Eén leefgebied; geen dwang nodig.", "membersPresent", List.of("OM", "Politie")))
                .when().post(path).then().statusCode(201);
        JsonNode event = PublishedEvents
                .await(bootstrap, "zvh.triage.decision", 1, PublishedEvents.ofType("TriageDecided", referralId)).get(0);
        JsonNode sample = JSON.readTree(Files.readString(SAMPLES.resolve("TriageDecided-v1-advice.json")));
        assertEquals(fields(sample.get("payload")), fields(event.get("payload")));
        assertEquals("ADVICE", event.at("/payload/outcome").asText());
        assertEquals("Schuldhulp via het wijkteam.", event.at("/payload/advice").asText());
        assertTrue(event.at("/payload/programme").isNull());
        assertEquals(0, event.at("/payload/persons").size());
    }

    private String submitted() throws Exception {
        String referralId = UUID.randomUUID().toString();
        String json = IntakeSamples.submitted(referralId, Instant.now()).replace("\"bsn\": \"111222333\"",
                "\"bsn\": \"111222333\", \"gender\": \"MALE\"");
        IntakeSamples.send(bootstrap, referralId, json);
        PublishedEvents.await(bootstrap, "zvh.triage.decision", 1,
                PublishedEvents.ofType("ReferralScheduled", referralId));
        TableMeets.now(CHAIR, referralId);
        return referralId;
    }

    static Map<String, Object> coveca() {
        return Map.of("outcome", "APPROACH_STARTED", "programme", "COVECA", "intensity", "MAATWERK", "subApproach",
                "MDA_PLUS_PLUS", "rationale", "Meerdere leefgebieden, kinderen in het gezin.", "membersPresent",
                List.of("Openbaar Ministerie", "Politie Zeeland-West-Brabant", "Veilig Thuis West-Brabant"));
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
