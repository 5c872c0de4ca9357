package nl.zvh.triage.table;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import nl.zvh.triage.PublishedEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The table's UI in Dutch: the referral's file with the check status, the chair scores and decides through the
 * forms, the agenda lists the referral, a partner member answers its check in the UI; htmx is served locally.
 */
@QuarkusTest
class TableWorksThroughTheFileInDutchTest {
    static final String CHAIR = TestTokens.token("voorzitter", "ZVH De Markiezaten", "markiezaten",
            "triage-chair", "triage-member");
    static final String POLICE_MEMBER = TestTokens.token("politie-lid", "Politie Zeeland-West-Brabant",
            "markiezaten", "triage-member");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void chairScoresAndDecidesInTheFileAndThePoliceAnswersItsCheck() throws Exception {
        String referralId = UUID.randomUUID().toString();
        IntakeSamples.send(bootstrap, referralId, IntakeSamples.submitted(referralId, Instant.now()));
        PublishedEvents.await(bootstrap, "zvh.triage.decision", 1,
                PublishedEvents.ofType("ReferralScheduled", referralId));
        String file = "/ui/referrals/" + referralId;

        given().auth().oauth2(POLICE_MEMBER).when().get("/ui/checks").then().statusCode(200)
                .body(containsString("Bekendheidschecks van mijn organisatie")).body(containsString("111222333"));
        String checkId = given().auth().oauth2(POLICE_MEMBER).when().get("/api/triage/checks").then()
                .extract().path("find { it.referralId == '" + referralId + "' }.checkId");
        given().auth().oauth2(POLICE_MEMBER).redirects().follow(false).formParam("known", "true")
                .formParam("summary", "Bekend bij wijkagent").formParam("sourceSystem", "BVH")
                .formParam("sensitivity", "NORMAL").header("X-Forwarded-Prefix", "/triage")
                .when().post("/ui/checks/" + checkId + "/answer").then().statusCode(303)
                .header("Location", containsString("/triage/ui/checks"));

        given().auth().oauth2(CHAIR).when().get(file).then().statusCode(200)
                .body(containsString("Dossier: Jan van der Berg"))
                .body(containsString("Zichtbaar vanaf de zitting"))
                .body(not(containsString("Bekend bij wijkagent")))
                .body(containsString("Besluit vastleggen"));
        given().auth().oauth2(POLICE_MEMBER).when().get(file).then().statusCode(200)
                .body(containsString("Bekend bij wijkagent")).body(not(containsString("Besluit vastleggen")));

        given().auth().oauth2(CHAIR).redirects().follow(false).formParam("score.DOMESTIC_VIOLENCE", "3")
                .formParam("multipleLifeDomains", "on").formParam("severalChainsWithCoercion", "on")
                .formParam("impactOnFamilyOrEnvironment", "on")
                .when().post(file + "/assessment").then().statusCode(303);
        given().auth().oauth2(CHAIR).when().get(file).then().body(containsString("COVECA MAATWERK"));
        given().auth().oauth2(POLICE_MEMBER).formParam("outcome", "NO_ACTION").formParam("rationale", "x")
                .formParam("membersPresent", "OM").when().post(file + "/decision").then().statusCode(403);
        given().auth().oauth2(CHAIR).redirects().follow(false).formParam("outcome", "APPROACH_STARTED")
                .formParam("programme", "COVECA").formParam("intensity", "MAATWERK")
                .formParam("subApproach", "MDA_PLUS_PLUS").formParam("rationale", "Meerdere leefgebieden")
                .formParam("membersPresent", "Openbaar Ministerie, Politie Zeeland-West-Brabant")
                .when().post(file + "/decision").then().statusCode(303);
        given().auth().oauth2(CHAIR).when().get(file).then()
                .body(containsString("Terugkoppeling in dezelfde week"))
                .body(not(containsString("Besluit vastleggen")));
        given().auth().oauth2(CHAIR).header("Accept-Language", "en").when().get(file).then()
                .body(containsString("Time from session to feedback"));

        given().auth().oauth2(CHAIR).when().get("/ui/agenda").then().statusCode(200)
                .body(containsString("Agenda volgende zitting"));
        given().auth().oauth2(TestTokens.token("dh", "Politie Eenheid Den Haag", "haaglanden", "triage-chair"))
                .when().get(file).then().statusCode(404);
        RestAssured.given().when().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200)
                .body(containsString("htmx"));
    }
}
