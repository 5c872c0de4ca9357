package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention and data-subject access end to end through the gateway with real Keycloak tokens: a referral the triage
 * table answered with advice is in the privacy officer's export from intake and triage; with the clock moved past the
 * two-year term the functional administrator runs intake's retention round, intake anonymises the referral and
 * publishes PersonDataErased, triage follows over Kafka; the referral answers 404, the export is empty in both
 * services, and the triage figures of this year are unchanged.
 */
@ExtendWith(LocalStack.class)
class ExpiredReferralIsErasedEverywhereThroughGatewayIT {
    static final String POLICE = "Politie Zeeland-West-Brabant";

    static RequestSpecification as(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void adviceReferralIsGoneFromIntakeAndTriageWhileFiguresStay() {
        String bsn = freshBsn();
        Map<String, Object> referral = new HashMap<>(ReferralReachesTriageQueueThroughGatewayIT.referral());
        Map<String, Object> main = new HashMap<>(
                Map.of("firstName", "Retentie", "lastName", "Proefpersoon", "dateOfBirth", "1979-11-02", "bsn", bsn));
        referral.put("mainPerson", main);
        String referrer = Keycloak.userToken("politie-referrer");
        String referralId = as(referrer).body(referral).when().post("/intake/api/referrals").then().statusCode(201)
                .extract().path("id");

        String chair = Keycloak.userToken("politie-triage-chair");
        TriageTable.onTheTable(chair, referralId, "E2E: bewaartermijn");
        TriageTable.decide(chair, referralId, Map.of("outcome", "ADVICE", "advice", "Wijkteam pakt het op.",
                "rationale", "Geen complexe casus.", "membersPresent", List.of("Openbaar Ministerie", POLICE)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(referrer).when()
                .get("/intake/api/referrals/" + referralId).then().statusCode(200).body("status", equalTo("DECIDED")));

        String officer = Keycloak.privacyOfficerToken("markiezaten-privacy-officer");
        as(officer).contentType(ContentType.URLENC).formParam("bsn", bsn).when().post("/subject-access/draft").then()
                .statusCode(200).body("services.intake.records.size()", equalTo(1))
                .body("services.intake.records[0].lastName", equalTo("Proefpersoon"))
                .body("services.triage.records.size()", equalTo(1));
        String analyst = Keycloak.userToken("politie-analyst");
        String year = LocalDate.now().getYear() + "";
        String figures = as(analyst).queryParam("from", year + "-01-01").queryParam("to", year + "-12-31").when()
                .get("/triage/api/triage/figures").then().statusCode(200).extract().asString();

        String admin = Keycloak.userToken("politie-functional-admin");
        as(admin).body(Map.of("asOf", LocalDate.now().plusYears(2).plusDays(3).toString())).when()
                .post("/intake/api/retention/runs").then().statusCode(200).body("erased", greaterThanOrEqualTo(1));
        as(referrer).body(Map.of()).when().post("/intake/api/retention/runs").then().statusCode(403);

        as(referrer).when().get("/intake/api/referrals/" + referralId).then().statusCode(404);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(officer).contentType(ContentType.URLENC).formParam("bsn", bsn).when()
                        .post("/subject-access/draft").then().statusCode(200)
                        .body("services.intake.records.size()", equalTo(0))
                        .body("services.triage.records.size()", equalTo(0)));
        assertEquals(figures,
                as(analyst).queryParam("from", year + "-01-01").queryParam("to", year + "-12-31").when()
                        .get("/triage/api/triage/figures").then().statusCode(200).extract().asString(),
                "the triage figures of this year are unchanged");
        byte[] pdf = as(officer).contentType(ContentType.URLENC).formParam("bsn", bsn).formParam("reviewed", "true")
                .when().post("/subject-access/release.pdf").then().statusCode(200).extract().asByteArray();
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF"));
    }

    static String freshBsn() {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = (i == 0 ? 1 : 0) + ThreadLocalRandom.current().nextInt(i == 0 ? 9 : 10);
                sum += (9 - i) * d[i];
            }
            if (sum % 11 <= 9) {
                d[8] = sum % 11;
                StringBuilder s = new StringBuilder();
                for (int x : d) {
                    s.append(x);
                }
                return s.toString();
            }
        }
    }
}
