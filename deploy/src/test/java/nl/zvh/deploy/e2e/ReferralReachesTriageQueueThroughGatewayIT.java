package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The spine end to end: a police officer refers a person through the gateway with a real Keycloak token; the
 * referral goes through intake's outbox and the real Kafka broker to triage, where the triage table sees it within
 * five seconds. Without a token the gateway answers 401, with a token lacking the role the service answers 403, and
 * another organisation gets 404.
 */
@ExtendWith(LocalStack.class)
class ReferralReachesTriageQueueThroughGatewayIT {

    static Map<String, Object> referral() {
        return Map.of("mainPerson",
                Map.of("firstName", "Piet", "surnamePrefix", "de", "lastName", "Vries", "dateOfBirth", "1979-11-02",
                        "bsn", "123456782"),
                "systemMembers",
                List.of(Map.of("relation", "CHILD", "firstName", "Sanne", "surnamePrefix", "de", "lastName", "Vries",
                        "dateOfBirth", "2012-02-14")),
                "municipality", "Bergen op Zoom", "problemAreas", List.of("HOUSING_NUISANCE", "CONFUSED_BEHAVIOUR"),
                "question", "Repeated nuisance and confused behaviour; care avoided so far.", "urgency", "NORMAL",
                "personInformed", "INFORMED");
    }

    @Test
    void submittedReferralIsOnTheTriageQueueWithinFiveSeconds() {
        String referrer = Keycloak.userToken("politie-referrer");
        String id = given().baseUri(LocalStack.GATEWAY).auth().oauth2(referrer).contentType(ContentType.JSON)
                .body(referral()).when().post("/intake/api/referrals").then().statusCode(201)
                .body("referrerOrganisation", equalTo("Politie Zeeland-West-Brabant")).extract().path("id");

        String chair = Keycloak.userToken("politie-triage-chair");
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().baseUri(LocalStack.GATEWAY).auth().oauth2(chair).when()
                        .get("/triage/api/triage/queue").then().statusCode(200).body("referralId", hasItem(id)));

        given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken("woonkwartier-referrer")).when()
                .get("/intake/api/referrals/" + id).then().statusCode(404);
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken("haaglanden-triage-chair")).when()
                .get("/intake/api/referrals/" + id).then().statusCode(404);
    }

    @Test
    void aSubmissionRetriedWithItsIdempotencyKeyIsOneReferralOnTheQueue() {
        String referrer = Keycloak.userToken("politie-referrer");
        String key = java.util.UUID.randomUUID().toString();
        String id = given().baseUri(LocalStack.GATEWAY).auth().oauth2(referrer).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(referral()).when().post("/intake/api/referrals").then()
                .statusCode(201).extract().path("id");
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(referrer).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(referral()).when().post("/intake/api/referrals").then()
                .statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(id));

        String chair = Keycloak.userToken("politie-triage-chair");
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().baseUri(LocalStack.GATEWAY).auth().oauth2(chair).when()
                        .get("/triage/api/triage/queue").then().statusCode(200).body("referralId", hasItem(id)));
        List<String> queued = given().baseUri(LocalStack.GATEWAY).auth().oauth2(chair).when()
                .get("/triage/api/triage/queue").then().extract().jsonPath().getList("referralId");
        org.junit.jupiter.api.Assertions.assertEquals(1, queued.stream().filter(id::equals).count());
    }

    @Test
    void withoutTokenIs401AndWithoutTheRoleIs403() {
        given().baseUri(LocalStack.GATEWAY).contentType(ContentType.JSON).body(referral()).when()
                .post("/intake/api/referrals").then().statusCode(401).contentType("application/problem+json");
        given().baseUri(LocalStack.GATEWAY).when().get("/triage/api/triage/queue").then().statusCode(401);
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken("politie-analyst"))
                .contentType(ContentType.JSON).body(referral()).when().post("/intake/api/referrals").then()
                .statusCode(403);
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken("politie-referrer")).when()
                .get("/triage/api/triage/queue").then().statusCode(403);
    }

    @Test
    void partnerSystemTokenCarriesItsOrganisation() {
        String police = Keycloak.clientToken("police-zwb-system", "police-dev-secret");
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(police).when().get("/intake/api/reference/municipalities")
                .then().statusCode(200).body("$", hasItem("Roosendaal"));
    }
}
