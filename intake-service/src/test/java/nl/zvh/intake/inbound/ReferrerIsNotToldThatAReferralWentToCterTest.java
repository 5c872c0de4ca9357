package nl.zvh.intake.inbound;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import nl.zvh.intake.TriageSamples;
import nl.zvh.platform.testing.TestTokens;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The triage table sends a referral to the CTER team: that is need to know. The referrer's organisation reads, in the
 * API, its inbox and the portal, only that the referral is in progress at the house: no programme, no CTER.
 */
@QuarkusTest
class ReferrerIsNotToldThatAReferralWentToCterTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final String police = TestTokens.token("agent-cter", POLICE, HOUSE, "referrer");

    @Test
    void theReferrerReadsInProgressAtTheHouse() throws Exception {
        String id = given().auth().oauth2(police).contentType("application/json")
                .body(nl.zvh.intake.referral.ReferralRequests.valid()).when().post("/api/referrals").then()
                .statusCode(201).extract().path("id");
        String cter = TriageSamples.sample("TriageDecided-v1.json", id).replace("\"COVECA\"", "\"CTER\"");
        TriageSamples.send(bootstrap, id, cter);

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(police).when().get("/api/referrals/" + id).then()
                        .statusCode(200).body("status", equalTo("DECIDED")).body("outcome", equalTo("IN_HOUSE"))
                        .body("outcomeProgramme", nullValue()));
        given().auth().oauth2(police).when().get("/api/referrals").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.outcome", equalTo("IN_HOUSE"))
                .body("find { it.id == '" + id + "' }.outcomeProgramme", nullValue());
        given().auth().oauth2(police).when().get("/api/notifications").then().statusCode(200)
                .body("find { it.referralId == '" + id + "' }.outcome", equalTo("IN_HOUSE"))
                .body("find { it.referralId == '" + id + "' }.programme", nullValue());
        given().auth().oauth2(police).accept("text/html").when().get("/ui/referrals/" + id).then().statusCode(200)
                .body(containsString("In behandeling bij het Zorg- en Veiligheidshuis"))
                .body(not(containsString("CTER"))).body(not(containsString("terrorisme")));
        given().auth().oauth2(police).accept("text/html").when().get("/ui/notifications").then().statusCode(200)
                .body(containsString("in behandeling bij het Zorg- en Veiligheidshuis"))
                .body(not(containsString("CTER")));
    }
}
