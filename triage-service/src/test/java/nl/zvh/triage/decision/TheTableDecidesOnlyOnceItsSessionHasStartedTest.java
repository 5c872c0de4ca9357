package nl.zvh.triage.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import nl.zvh.triage.PublishedEvents;
import nl.zvh.triage.TableMeets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The table decides at the table: before the referral's session has started the decision is a 409 problem; the chair
 * opens the meeting on the session's day (not on another day), and from then on decides. The feedback time runs from
 * the submission to the decision and is never negative, whatever the submission's clock said.
 */
@QuarkusTest
class TheTableDecidesOnlyOnceItsSessionHasStartedTest {
    static final String CHAIR = TestTokens.token("voorzitter", "ZVH De Markiezaten", "markiezaten", "triage-chair",
            "triage-member");
    static final Map<String, Object> ADVICE = Map.of("outcome", "ADVICE", "advice", "Schuldhulp via het wijkteam.",
            "rationale", "Eén leefgebied.", "membersPresent", List.of("Openbaar Ministerie"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aDecisionBeforeTheSessionIsRefusedAndTheChairOpensTheMeetingOnItsDay() throws Exception {
        String referralId = UUID.randomUUID().toString();
        String planned = submitted(referralId, Instant.now());
        String decision = "/api/triage/referrals/" + referralId + "/decision";

        given().auth().oauth2(CHAIR).contentType(ContentType.JSON).body(ADVICE).when().post(decision).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("The session has not started."));
        // the planned session is on a later day: it cannot be opened today
        given().auth().oauth2(CHAIR).when().post("/api/triage/sessions/" + planned + "/open").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(CHAIR).when().get("/api/triage/sessions/" + planned).then().statusCode(200)
                .body("started", equalTo(false)).body("openable", equalTo(false));

        // tonight's extra session: not started, the chair opens it now
        String tonight = TableMeets.extraSessionToday(CHAIR, "23:59");
        TableMeets.onto(CHAIR, tonight, referralId);
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON).body(ADVICE).when().post(decision).then()
                .statusCode(409);
        String openedAt = given().auth().oauth2(CHAIR).when().post("/api/triage/sessions/" + tonight + "/open").then()
                .statusCode(200).body("started", equalTo(true)).body("openable", equalTo(false))
                .body("openedAt", notNullValue()).extract().path("openedAt");
        given().auth().oauth2(CHAIR).when().post("/api/triage/sessions/" + tonight + "/open").then().statusCode(200)
                .body("openedAt", equalTo(openedAt));
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON).body(ADVICE).when().post(decision).then()
                .statusCode(201).body("sessionId", equalTo(tonight)).body("feedbackMinutes", greaterThanOrEqualTo(0));
    }

    @Test
    void theFeedbackTimeRunsFromTheSubmissionAndIsNeverNegative() throws Exception {
        String referralId = UUID.randomUUID().toString();
        // a submission clock three days ahead of triage's: still no negative feedback time
        submitted(referralId, Instant.now().plus(Duration.ofDays(3)));
        TableMeets.now(CHAIR, referralId);
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON).body(ADVICE).when()
                .post("/api/triage/referrals/" + referralId + "/decision").then().statusCode(201)
                .body("feedbackMinutes", equalTo(0));

        Decision d = new Decision();
        d.submittedAt = Instant.parse("2026-12-03T09:00:00Z");
        d.sessionDate = LocalDate.parse("2026-12-03");
        d.decidedAt = Instant.parse("2026-12-04T10:30:00Z");
        assertEquals(Duration.ofMinutes(25 * 60 + 30), d.feedbackTime());
        d.decidedAt = Instant.parse("2026-11-29T09:00:00Z");
        assertEquals(Duration.ZERO, d.feedbackTime(), "a decision before the submission counts as no time");
    }

    /** The referral as intake submits it; the id of the session the system put it on. */
    private String submitted(String referralId, Instant submittedAt) throws Exception {
        IntakeSamples.send(bootstrap, referralId, IntakeSamples.submitted(referralId, submittedAt));
        return PublishedEvents
                .await(bootstrap, "zvh.triage.decision", 1, PublishedEvents.ofType("ReferralScheduled", referralId))
                .get(0).at("/payload/sessionId").asText();
    }
}
