package nl.zvh.triage.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
 * An analyst sees counts per house that move with decisions, and no person in them; a member sees no figures. A
 * national analyst (no house) reads a house's figures by naming a known house, the same figures its analyst reads, and
 * no referral; a house analyst naming another house is refused.
 */
@QuarkusTest
class FiguresCountDecisionsWithoutPersonsTest {
    static final String ANALYST = TestTokens.token("analist", "Gemeente Roosendaal", "markiezaten", "analyst");
    static final String CHAIR = TestTokens.token("voorzitter", "ZVH De Markiezaten", "markiezaten", "triage-chair",
            "triage-member");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void decisionsMoveTheCountsAndUntriagedDropsBack() throws Exception {
        JsonPath before = figures();
        String approach = submitted();
        String advice = submitted();
        assertEquals(before.getLong("untriagedOn") + 2, figures().getLong("untriagedOn"));

        decide(approach, Map.of("outcome", "APPROACH_STARTED", "programme", "TRAFFICKING", "rationale", "AVIM-signaal",
                "membersPresent", List.of("OM")));
        decide(advice,
                Map.of("outcome", "ADVICE", "advice", "Wijkteam", "rationale", "r", "membersPresent", List.of("OM")));

        JsonPath after = figures();
        assertEquals(before.getLong("referralsTriaged") + 2, after.getLong("referralsTriaged"));
        assertEquals(before.getLong("advices") + 1, after.getLong("advices"));
        assertEquals(count(before, "TRAFFICKING") + 1, count(after, "TRAFFICKING"));
        assertEquals(before.getLong("untriagedOn"), after.getLong("untriagedOn"));
        given().auth().oauth2(ANALYST).when().get("/api/triage/figures").then().statusCode(200)
                .body(not(containsString("Berg")));
        given().auth().oauth2(ANALYST).when().get("/api/triage/figures?from=2026-12-01&to=2026-01-01").then()
                .statusCode(400).body(containsString("from"));
        given().auth().oauth2(TestTokens.token("lid", "Openbaar Ministerie", "markiezaten", "triage-member")).when()
                .get("/api/triage/figures").then().statusCode(403);
        JsonPath past = given().auth().oauth2(ANALYST).when().get("/api/triage/figures?on=2000-01-01").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(0L, past.getLong("untriagedOn"));
        assertEquals(LocalDate.parse("2000-01-01"), LocalDate.parse(past.getString("on")));

        String national = TestTokens.token("landelijk-analist", "Landelijk Netwerk Zorg- en Veiligheidshuizen", null,
                "national-analyst");
        String asNational = given().auth().oauth2(national).when().get("/api/triage/figures?house=markiezaten").then()
                .statusCode(200).extract().asString();
        assertEquals(after.getLong("referralsTriaged"), JsonPath.from(asNational).getLong("referralsTriaged"));
        assertEquals(given().auth().oauth2(ANALYST).when().get("/api/triage/figures").then().extract().asString(),
                asNational);
        given().auth().oauth2(national).when().get("/api/triage/figures").then().statusCode(400).body("errors[0].field",
                equalTo("house"));
        given().auth().oauth2(national).when().get("/api/triage/figures?house=atlantis").then().statusCode(400)
                .body("errors[0].field", equalTo("house"));
        given().auth().oauth2(national).when().get("/api/triage/referrals/" + approach + "/matches").then()
                .statusCode(403);
        given().auth().oauth2(ANALYST).when().get("/api/triage/figures?house=haaglanden").then().statusCode(403);
    }

    private static long count(JsonPath figures, String programme) {
        Object n = figures.get("approachesByProgramme." + programme);
        return n == null ? 0 : ((Number) n).longValue();
    }

    private JsonPath figures() {
        return given().auth().oauth2(ANALYST).when().get("/api/triage/figures").then().statusCode(200).extract()
                .jsonPath();
    }

    private void decide(String referralId, Map<String, Object> body) {
        TableMeets.now(CHAIR, referralId);
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON).body(body).when()
                .post("/api/triage/referrals/" + referralId + "/decision").then().statusCode(201);
    }

    private String submitted() throws Exception {
        String referralId = UUID.randomUUID().toString();
        IntakeSamples.send(bootstrap, referralId, IntakeSamples.submitted(referralId, Instant.now()));
        PublishedEvents.await(bootstrap, "zvh.triage.decision", 1,
                PublishedEvents.ofType("ReferralScheduled", referralId));
        return referralId;
    }
}
