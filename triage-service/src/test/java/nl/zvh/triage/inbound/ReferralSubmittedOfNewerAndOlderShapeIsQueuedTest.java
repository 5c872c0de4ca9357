package nl.zvh.triage.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import nl.zvh.platform.testing.EventEvolution;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Schema evolution on the real broker: intake's ReferralSubmitted sample with fields triage does not know yet, and
 * as intake sent it before possibleMatches and gender were added to v1, both reach the queue with the person.
 */
@QuarkusTest
class ReferralSubmittedOfNewerAndOlderShapeIsQueuedTest {
    private final String member = TestTokens.token("politie-triage", "Politie Zeeland-West-Brabant", "markiezaten",
            "triage-member");

    @Test
    void eventWithUnknownAddedFieldsIsQueued() throws Exception {
        String referralId = UUID.randomUUID().toString();
        String newer = EventEvolution.withAddedUnknownFields(
                ReferralEventsReachTheQueueOnceTest.sample("ReferralSubmitted-v1.json", referralId));
        Kafka.send("zvh.intake.referral", referralId, newer);
        assertQueuedWithMainPerson(referralId);
    }

    @Test
    void olderEventWithoutPossibleMatchesAndGenderIsQueued() throws Exception {
        String referralId = UUID.randomUUID().toString();
        String older = EventEvolution.withoutFields(
                ReferralEventsReachTheQueueOnceTest.sample("ReferralSubmitted-v1.json", referralId), "possibleMatches",
                "gender");
        Kafka.send("zvh.intake.referral", referralId, older);
        assertQueuedWithMainPerson(referralId);
    }

    private void assertQueuedWithMainPerson(String referralId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(member).when()
                .get("/api/triage/queue").then().statusCode(200).body("referralId", hasItem(referralId)));
        given().auth().oauth2(member).when().get("/api/triage/queue").then()
                .body("find { it.referralId == '" + referralId + "' }.mainPersonName", equalTo("Jan van der Berg"))
                .body("find { it.referralId == '" + referralId + "' }.systemMembers", equalTo(1));
    }
}
