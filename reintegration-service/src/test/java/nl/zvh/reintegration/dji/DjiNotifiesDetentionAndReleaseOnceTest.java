package nl.zvh.reintegration.dji;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static nl.zvh.reintegration.Actors.DJI;
import static nl.zvh.reintegration.Actors.OTHER_HOUSE_COORDINATOR;
import static nl.zvh.reintegration.Actors.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import nl.zvh.reintegration.Actors;
import nl.zvh.reintegration.track.Track;
import org.junit.jupiter.api.Test;

/**
 * DJI reports a detention and the release; the house of return (derived from the municipality) gets a track, a
 * repeated notification changes nothing, and DJI reads back only processing status, never the track.
 */
@QuarkusTest
class DjiNotifiesDetentionAndReleaseOnceTest {

    @Test
    void startOpensTrackInTheHouseOfTheMunicipalityAndDuplicateChangesNothing() {
        String detention = Actors.detentionId();
        LocalDate detained = LocalDate.now().minusMonths(6);
        Map<String, Object> start = Actors.started(detention, "Bergen op Zoom", detained, LocalDate.now().plusDays(20));
        post(DJI, start).statusCode(201)
                .header("Location",
                        org.hamcrest.Matchers.endsWith("/api/dji/notifications/" + start.get("notificationId")))
                .body("status", equalTo("PROCESSED")).body("type", equalTo("DETENTION_STARTED"));

        String trackId = Actors.trackIdOf(detention);
        given().auth().oauth2(COORDINATOR).when().get("/api/tracks/" + trackId).then().statusCode(200)
                .body("house", equalTo("markiezaten")).body("municipality", equalTo("Bergen op Zoom"))
                .body("person.lastName", equalTo("Wit")).body("consent", equalTo("NOT_ASKED"))
                .body("conditions.size()", equalTo(5)).body("readyForRelease", equalTo(false));
        given().auth().oauth2(OTHER_HOUSE_COORDINATOR).when().get("/api/tracks/" + trackId).then().statusCode(404);

        Map<String, Object> changed = Actors.releaseDateChanged(detention, LocalDate.now().plusDays(10));
        post(DJI, changed).statusCode(201).body("status", equalTo("PROCESSED"));
        // the same notification again, even with other content: 200, same status, nothing changed
        changed.put("expectedReleaseDate", LocalDate.now().plusDays(90).toString());
        post(DJI, changed).statusCode(200).body("status", equalTo("PROCESSED"));
        post(DJI, start).statusCode(200).body("status", equalTo("PROCESSED"));
        given().auth().oauth2(COORDINATOR).when().get("/api/tracks/" + trackId).then()
                .body("detention.expectedReleaseDate", equalTo(LocalDate.now().plusDays(10).toString()));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Track.count("djiDetentionId", detention)));

        post(DJI, Actors.transferred(detention, "PI Vught")).statusCode(201);
        Map<String, Object> released = Actors.released(detention, LocalDate.now());
        post(DJI, released).statusCode(201).body("status", equalTo("PROCESSED"));
        given().auth().oauth2(COORDINATOR).when().get("/api/tracks/" + trackId).then()
                .body("detention.institution", equalTo("PI Vught"))
                .body("detention.actualReleaseDate", equalTo(LocalDate.now().toString()))
                .body("detention.readyAtRelease", equalTo(false));
    }

    @Test
    void djiReadsOnlyProcessingStatusAndNeverTracks() {
        String detention = Actors.detentionId();
        Map<String, Object> start = Actors.started(detention, "Roosendaal", LocalDate.now().minusDays(5), null);
        post(DJI, start).statusCode(201);
        given().auth().oauth2(DJI).when().get("/api/dji/notifications/" + start.get("notificationId")).then()
                .statusCode(200).body("status", equalTo("PROCESSED")).body("$", not(hasKey("person")))
                .body("$", not(hasKey("trackId"))).body("$", not(hasKey("municipality")));
        String trackId = Actors.trackIdOf(detention);
        given().auth().oauth2(DJI).when().get("/api/tracks/" + trackId).then().statusCode(403);
        given().auth().oauth2(DJI).when().get("/api/tracks/worklist").then().statusCode(403);
        given().auth().oauth2(DJI).when().get("/api/dji/notifications/N-never-sent").then().statusCode(404);
        // the coordinator cannot post as DJI, another partner system cannot read DJI's notifications
        post(COORDINATOR, Actors.started(Actors.detentionId(), "Roosendaal", LocalDate.now(), null)).statusCode(403);
        given().auth().oauth2(Actors.POLICE_SYSTEM).when().get("/api/dji/notifications/" + start.get("notificationId"))
                .then().statusCode(403);
        given().when().get("/api/dji/notifications/" + start.get("notificationId")).then().statusCode(401);
    }

    @Test
    void releaseBeforeStartIsPendingAndReconciledWhenTheStartArrives() {
        String detention = Actors.detentionId();
        Map<String, Object> release = Actors.released(detention, LocalDate.now().minusDays(1));
        post(DJI, release).statusCode(201).body("status", equalTo("PENDING"));
        Map<String, Object> transfer = Actors.transferred(detention, "PI Grave");
        post(DJI, transfer).statusCode(201).body("status", equalTo("PENDING"));
        post(DJI, release).statusCode(200).body("status", equalTo("PENDING"));

        post(DJI, Actors.started(detention, "Tholen", LocalDate.now().minusDays(40), LocalDate.now())).statusCode(201)
                .body("status", equalTo("PROCESSED"));
        given().auth().oauth2(DJI).when().get("/api/dji/notifications/" + release.get("notificationId")).then()
                .body("status", equalTo("PROCESSED")).body("processedAt", not(nullValue()));
        given().auth().oauth2(COORDINATOR).when().get("/api/tracks/" + Actors.trackIdOf(detention)).then()
                .body("municipality", equalTo("Tholen")).body("detention.institution", equalTo("PI Grave"))
                .body("detention.actualReleaseDate", equalTo(LocalDate.now().minusDays(1).toString()));
    }

    @Test
    void startWhoseDetentionDateIsAfterAPendingReleaseIsRejectedAndNothingIsStored() {
        String detention = Actors.detentionId();
        Map<String, Object> release = Actors.released(detention, LocalDate.now().minusDays(30));
        post(DJI, release).statusCode(201).body("status", equalTo("PENDING"));
        Map<String, Object> start = Actors.started(detention, "Roosendaal", LocalDate.now().minusDays(10), null);
        post(DJI, start).statusCode(400).contentType("application/problem+json").body("errors[0].field",
                equalTo("detentionDate"));
        given().auth().oauth2(DJI).when().get("/api/dji/notifications/" + start.get("notificationId")).then()
                .statusCode(404);
        given().auth().oauth2(DJI).when().get("/api/dji/notifications/" + release.get("notificationId")).then()
                .body("status", equalTo("PENDING"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Track.count("djiDetentionId", detention)));
    }
}
