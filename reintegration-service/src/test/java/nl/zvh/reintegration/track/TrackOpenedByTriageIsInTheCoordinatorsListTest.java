package nl.zvh.reintegration.track;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static nl.zvh.reintegration.Actors.OTHER_HOUSE_COORDINATOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.Kafka;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A track opened by triage has no detention data yet (no expected release date until DJI notifies), yet the house's
 * coordinator must find it to ask consent and start on the basic conditions: triage's own sample decision (programme
 * REINTEGRATION) sent through the broker lands in the coordinator's worklist, in the API and on the page, and not in
 * another house's.
 */
@QuarkusTest
class TrackOpenedByTriageIsInTheCoordinatorsListTest {
    static final Path SAMPLE = Path.of("../triage-service/src/main/asyncapi/samples/TriageDecided-v1.json");
    static final String SAMPLE_REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";
    static final int PAGE_SIZE = 25;

    @Test
    void theCoordinatorFindsTheTrackInTheWorklistApiAndPage() throws Exception {
        UUID referral = UUID.randomUUID();
        String lastName = "Berg-" + referral.toString().substring(0, 8);
        Kafka.send("zvh.triage.decision", referral.toString(), decision(referral, lastName));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> Track.count("sourceReferralId", referral)) == 1);
        String track = QuarkusTransaction.requiringNew()
                .call(() -> Track.<Track>find("sourceReferralId", referral).firstResult().id().toString());

        List<Map<String, Object>> worklist = given().auth().oauth2(COORDINATOR).when().get("/api/tracks/worklist")
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<Map<String, Object>> items = worklist.stream().filter(i -> track.equals(i.get("trackId"))).toList();
        assertEquals(1, items.size(), "the triage track is on the house's worklist");
        assertEquals("Jan van der " + lastName, items.get(0).get("personName"));
        assertEquals("Roosendaal", items.get(0).get("municipality"));
        assertEquals(5, items.get(0).get("openConditions"));

        int page = worklist.indexOf(items.get(0)) / PAGE_SIZE + 1; // the page lists the worklist in the same order
        given().auth().oauth2(COORDINATOR).queryParam("page", page).when().get("/ui").then().statusCode(200)
                .body(containsString("data-id=\"" + track + "\""))
                .body(containsString(">Jan van der " + lastName + "</a>"));
        given().auth().oauth2(OTHER_HOUSE_COORDINATOR).when().get("/api/tracks/worklist").then().statusCode(200)
                .body("trackId", not(hasItem(track)));
    }

    private static String decision(UUID referral, String lastName) throws Exception {
        return Files.readString(SAMPLE).replace(SAMPLE_REFERRAL, referral.toString())
                .replace("\"programme\": \"COVECA\"", "\"programme\": \"REINTEGRATION\"")
                .replace("\"lastName\": \"Berg\"", "\"lastName\": \"" + lastName + "\"")
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"")
                .replace("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", UUID.randomUUID().toString());
    }
}
