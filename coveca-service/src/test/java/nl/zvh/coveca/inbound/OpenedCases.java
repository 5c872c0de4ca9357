package nl.zvh.coveca.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import org.awaitility.Awaitility;

/** Waiting, through the API, for the one case an event opened from its source (referral or track). */
final class OpenedCases {
    private OpenedCases() {
    }

    /**
     * @param source {@code sourceReferralId} or {@code sourceTrackId}
     * @return the id of the one case {@code token}'s director sees from that source, once there is one
     */
    static String awaitOne(String token, String source, String sourceId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .queryParam(source, sourceId).when().get("/api/cases").then().statusCode(200).body("$", hasSize(1)));
        return given().auth().oauth2(token).queryParam(source, sourceId).when().get("/api/cases").then().extract()
                .path("[0].id");
    }
}
