package nl.zvh.reintegration.dji;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.DJI;
import static nl.zvh.reintegration.Actors.post;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.reintegration.Actors;
import org.junit.jupiter.api.Test;

/**
 * Issue 27: the prison service (national, no house) learns from its changes feed when a notification it sent is
 * processed - also one that waited for its detention's start (PENDING) and was processed only when that arrived. The
 * police's system, another partner, never sees DJI's notifications in its feed.
 */
@QuarkusTest
class PrisonServiceHearsOfPendingNotificationsBeingProcessedTest {
    static final String POLICE_SYSTEM = Actors.POLICE_SYSTEM;

    @Test
    void aPendingNotificationIsInTheFeedOnceItsDetentionStarted() {
        long cursor = 0;
        for (JsonPath page = feed(DJI, 0); !ids(page).isEmpty(); page = feed(DJI, cursor)) {
            cursor = page.getLong("next"); // to the end of what is there
        }
        String detention = Actors.detentionId();
        Map<String, Object> early = Actors.releaseDateChanged(detention, LocalDate.now().plusDays(10));
        post(DJI, early).statusCode(201).body("status", equalTo("PENDING"));
        assertTrue(ids(feed(DJI, cursor)).isEmpty(), "nothing processed yet");

        Map<String, Object> start = Actors.started(detention, "Roosendaal", LocalDate.now().minusMonths(2),
                LocalDate.now().plusDays(30));
        post(DJI, start).statusCode(201);
        JsonPath after = feed(DJI, cursor);
        assertEquals(List.of(start.get("notificationId"), early.get("notificationId")), ids(after),
                "the start, then the notification that waited for it");
        assertTrue(after.getList("changes.kind").stream().allMatch("DjiNotificationProcessed"::equals));
        assertTrue(after.getList("changes.status").stream().allMatch("PROCESSED"::equals));
        given().auth().oauth2(DJI).when().get("/api/dji/notifications/" + early.get("notificationId")).then()
                .statusCode(200).body("status", equalTo("PROCESSED"));

        assertTrue(ids(feed(POLICE_SYSTEM, 0)).stream().noneMatch(id -> id.equals(start.get("notificationId"))),
                "another partner never hears of DJI's notifications");
    }

    private static JsonPath feed(String token, long after) {
        return given().auth().oauth2(token).queryParam("after", after).queryParam("limit", 500).when()
                .get("/api/changes").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(JsonPath page) {
        return page.getList("changes.recordId");
    }
}
