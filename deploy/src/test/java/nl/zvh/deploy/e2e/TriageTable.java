package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.awaitility.Awaitility;

/** The triage table through the gateway, as the chair: a referral put on a session of today, and decided there. */
final class TriageTable {

    private TriageTable() {
    }

    /**
     * Waits until the referral is on the chair's queue, opens a session that started at midnight today (the table
     * decides only at a session that has started) and puts the referral on its agenda.
     */
    static void onTheTable(String chair, String referralId, String reason) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> as(chair).when().get("/triage/api/triage/queue").then().statusCode(200)
                        .body("referralId", hasItem(referralId)));
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String session = as(chair).body(Map.of("date", today, "time", "00:00", "reason", reason)).when()
                .post("/triage/api/triage/sessions").then().statusCode(201).extract().path("sessionId");
        as(chair).body(Map.of("referralId", referralId)).when()
                .post("/triage/api/triage/sessions/" + session + "/items").then().statusCode(200);
    }

    /** The table's decision on a referral on today's session (201). */
    static void decide(String chair, String referralId, Map<String, Object> decision) {
        as(chair).body(decision).when().post("/triage/api/triage/referrals/" + referralId + "/decision").then()
                .statusCode(201);
    }

    private static RequestSpecification as(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
