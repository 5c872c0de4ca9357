package nl.zvh.triage.check;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.triage.IntakeSamples;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 27: the police's system learns of a familiarity check for its organisation without Kafka: its changes feed
 * ({@code GET /api/changes?after=<cursor>}) names the check once, in order, after the cursor it kept; asked again from
 * the returned cursor, nothing old comes back. Veilig Thuis' system finds its own check there, never the police's; a
 * person (a triage member) has no feed; a cursor below zero is a problem naming the parameter.
 */
@QuarkusTest
class PartnerSystemHearsOfItsChecksFromTheChangesFeedTest {
    static final String POLICE_SYSTEM = PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.POLICE_SYSTEM;
    static final String VT_SYSTEM = PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.VT_SYSTEM;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theFeedNamesTheOrganisationsOwnCheckOnceAndMovesOn() throws Exception {
        long police = drain(POLICE_SYSTEM, 0).next();
        long vt = drain(VT_SYSTEM, 0).next();
        String referralId = UUID.randomUUID().toString();
        IntakeSamples.send(bootstrap, referralId, IntakeSamples.submitted(referralId, Instant.now()));
        String policeCheck = checkOf(POLICE_SYSTEM, referralId);
        String vtCheck = checkOf(VT_SYSTEM, referralId);

        Feed policeFeed = drain(POLICE_SYSTEM, police);
        assertEquals(1, policeFeed.changes().stream().filter(c -> policeCheck.equals(c.get("recordId"))).count(),
                "the check comes once: " + policeFeed.changes());
        Map<String, Object> change = policeFeed.changes().stream().filter(c -> policeCheck.equals(c.get("recordId")))
                .findFirst().orElseThrow();
        assertEquals("FamiliarityCheckRequested", change.get("kind"));
        assertEquals("familiarity-check", change.get("recordType"));
        assertEquals("OPEN", change.get("status"));
        List<Long> positions = policeFeed.changes().stream().map(c -> ((Number) c.get("position")).longValue())
                .toList();
        assertTrue(positions.stream().allMatch(p -> p > police), "only what came after the cursor");
        assertEquals(positions.stream().sorted().toList(), positions, "in order");
        assertFalse(policeFeed.changes().stream().anyMatch(c -> vtCheck.equals(c.get("recordId"))),
                "never another organisation's check");

        given().auth().oauth2(POLICE_SYSTEM).queryParam("after", policeFeed.next()).when().get("/api/changes").then()
                .statusCode(200).body("changes", empty()).body("next", equalTo((int) policeFeed.next()));
        assertTrue(drain(VT_SYSTEM, vt).changes().stream().anyMatch(c -> vtCheck.equals(c.get("recordId"))),
                "Veilig Thuis hears of its own check");
    }

    @Test
    void onlyAPartnerSystemHasAFeedAndABadCursorIsNamed() {
        given().auth().oauth2(PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.POLICE_MEMBER).when()
                .get("/api/changes").then().statusCode(403);
        given().auth().oauth2(POLICE_SYSTEM).queryParam("after", -1).when().get("/api/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(equalTo("after")));
    }

    /** The organisation's check of the referral, once triage asked it. */
    private static String checkOf(String system, String referralId) {
        return Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> given().auth().oauth2(system).when().get("/api/triage/checks").then().statusCode(200)
                        .extract().jsonPath().getString("find { it.referralId == '" + referralId + "' }.checkId"),
                        id -> id != null);
    }

    record Feed(List<Map<String, Object>> changes, long next) {
    }

    /** Everything from the cursor on, page by page, as a partner system reads it. */
    private static Feed drain(String system, long after) {
        List<Map<String, Object>> all = new ArrayList<>();
        long cursor = after;
        while (true) {
            JsonPath page = given().auth().oauth2(system).queryParam("after", cursor).queryParam("limit", 200).when()
                    .get("/api/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> changes = page.getList("changes");
            if (changes.isEmpty()) {
                return new Feed(all, cursor);
            }
            all.addAll(changes);
            cursor = page.getLong("next");
        }
    }
}
