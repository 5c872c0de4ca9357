package nl.zvh.reintegration.dji;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.DJI;
import static nl.zvh.reintegration.Actors.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import nl.zvh.reintegration.Actors;
import nl.zvh.reintegration.track.Track;
import org.junit.jupiter.api.Test;

/** Invalid DJI notifications get a 400 problem naming the field; nothing of them is stored. */
@QuarkusTest
class InvalidDjiNotificationIsRejectedWithProblemTest {

    @Test
    void eachInvalidStartNamesTheFieldAndNothingIsStored() {
        long before = counts();
        rejects(b -> b.put("municipality", "Amsterdam"), "municipality");
        rejects(b -> b.put("municipality", null), "municipality");
        rejects(b -> b.put("expectedReleaseDate", LocalDate.now().minusYears(2).toString()), "expectedReleaseDate");
        rejects(b -> b.put("detentionDate", LocalDate.now().plusDays(3).toString()), "detentionDate");
        rejects(b -> b.put("detentionDate", "17-05-2025"), "detentionDate");
        rejects(b -> b.put("type", "ESCAPED"), "type");
        rejects(b -> b.remove("notificationId"), "notificationId");
        rejects(b -> b.remove("person"), "person");
        rejects(b -> person(b).put("bsn", "123456789"), "person.bsn");
        rejects(b -> person(b).remove("djiPersonNumber"), "person.djiPersonNumber");
        rejects(b -> b.put("house", "haaglanden"), "house");
        assertEquals(before, counts(), "no rejected notification left a trace");
    }

    @Test
    void releaseBeforeTheKnownDetentionDateIsRejected() {
        String detention = Actors.detentionId();
        post(DJI, Actors.started(detention, "Moerdijk", LocalDate.now().minusDays(10), null)).statusCode(201);
        Map<String, Object> release = Actors.released(detention, LocalDate.now().minusDays(20));
        post(DJI, release).statusCode(400).body("errors.field", hasItem("releaseDate")).body("errors[0].message",
                containsString("before detention date"));
        post(DJI, Actors.releaseDateChanged(detention, LocalDate.now().minusDays(11))).statusCode(400)
                .body("errors.field", hasItem("expectedReleaseDate"));
        post(DJI, Actors.released(detention, LocalDate.now().plusDays(1))).statusCode(400).body("errors.field",
                hasItem("releaseDate"));
        Map<String, Object> withoutDate = Actors.released(detention, LocalDate.now());
        withoutDate.remove("releaseDate");
        post(DJI, withoutDate).statusCode(400).body("errors.field", hasItem("releaseDate"));
        given().auth().oauth2(DJI).when().get("/api/dji/notifications/" + release.get("notificationId")).then()
                .statusCode(404);
    }

    @Test
    void malformedJsonAndOtherPartnerSystemsAreRefused() {
        given().auth().oauth2(DJI).contentType(ContentType.JSON).body("{\"notificationId\": ").when()
                .post("/api/dji/notifications").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));
        given().auth().oauth2(DJI).contentType(ContentType.JSON).when().post("/api/dji/notifications").then()
                .statusCode(400).contentType("application/problem+json");
        post(Actors.POLICE_SYSTEM, Actors.started(Actors.detentionId(), "Roosendaal", LocalDate.now(), null))
                .statusCode(403);
        given().contentType(ContentType.JSON).body(Actors.released("x", LocalDate.now())).when()
                .post("/api/dji/notifications").then().statusCode(401);
    }

    private void rejects(Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = Actors.started(Actors.detentionId(), "Roosendaal", LocalDate.now().minusDays(5),
                LocalDate.now().plusDays(50));
        change.accept(body);
        post(DJI, body).statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> person(Map<String, Object> body) {
        return (Map<String, Object>) body.get("person");
    }

    private static long counts() {
        return QuarkusTransaction.requiringNew().call(() -> Track.count() + DjiNotification.count());
    }
}
