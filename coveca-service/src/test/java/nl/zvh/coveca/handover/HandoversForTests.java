package nl.zvh.coveca.handover;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.zvh.coveca.TestInfrastructure;
import nl.zvh.platform.testing.TestTokens;
import org.awaitility.Awaitility;

/** The houses' process directors and the calls the handover scenarios share. */
final class HandoversForTests {
    static final String RECEIVING = "haaglanden";

    private HandoversForTests() {
    }

    /** De Markiezaten's own process director (the house's staff organisation). */
    static String sender() {
        return TestTokens.token("markiezaten-process-director", "ZVH De Markiezaten", TestInfrastructure.HOUSE,
                "process-director");
    }

    /** Haaglanden's own process director (the house's staff organisation). */
    static String receiver() {
        return TestTokens.token("zvhh-process-director", "ZVH Haaglanden", RECEIVING, "process-director");
    }

    static Map<String, Object> handover(String caseId, String municipality, String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId);
        body.put("receivingHouse", RECEIVING);
        body.put("receivingMunicipality", municipality);
        body.put("summary", summary);
        return body;
    }

    /** Hands the case over to Haaglanden (Den Haag) and returns the handover's id. */
    static String handOver(String caseId, String summary) {
        return given().auth().oauth2(sender()).contentType(ContentType.JSON).body(handover(caseId, "Den Haag", summary))
                .when().post("/api/handovers").then().statusCode(201).extract().path("id");
    }

    /** Waits until Haaglanden's process director lists the request (the event went through Kafka). */
    static void awaitIncoming(String handoverId) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(receiver()).when()
                .get("/api/handovers/incoming").then().statusCode(200).body("id", hasItem(handoverId)));
    }

    /** Waits until the sender's handover of the case has {@code status}. */
    static void awaitAnswer(String caseId, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().auth().oauth2(sender()).queryParam("caseId", caseId).when()
                        .get("/api/handovers").then().statusCode(200).body("status", hasItem(status)));
    }
}
