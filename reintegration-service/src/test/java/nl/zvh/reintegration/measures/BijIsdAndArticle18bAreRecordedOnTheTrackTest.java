package nl.zvh.reintegration.measures;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static nl.zvh.reintegration.Actors.OTHER_HOUSE_COORDINATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.reintegration.Actors;
import org.junit.jupiter.api.Test;

/** BIJ items wait for the mayor until assessed; ISD orders follow their term and phases; article 18b with dates. */
@QuarkusTest
class BijIsdAndArticle18bAreRecordedOnTheTrackTest {
    static final LocalDate TODAY = LocalDate.now();

    @Test
    void bijItemAwaitsTheMayorUntilTheAssessmentIsRecorded() {
        String track = Actors.trackOfNewDetention(TODAY.plusDays(12));
        String bij = post(track, "/bij",
                Map.of("offenceCategory", "SEXUAL", "mayorNotifiedOn", TODAY.minusDays(2).toString())).statusCode(201)
                .body("awaitingMayor", equalTo(true)).extract().path("id");
        get("/api/bij/awaiting-mayor").body("bijId", hasItem(bij));
        given().auth().oauth2(OTHER_HOUSE_COORDINATOR).when().get("/api/bij/awaiting-mayor").then().body("bijId",
                not(hasItem(bij)));

        put(track, "/bij/" + bij + "/assessment",
                Map.of("assessment", "POSSIBLE_UNREST", "assessedOn", TODAY.minusDays(3).toString())).statusCode(400)
                .body("errors[0].field", equalTo("assessedOn"));
        put(track, "/bij/" + bij + "/assessment",
                Map.of("assessment", "POSSIBLE_UNREST", "assessedOn", TODAY.toString(), "measures",
                        "Area ban for the victim's street; police informed"))
                .statusCode(200).body("awaitingMayor", equalTo(false)).body("assessment", equalTo("POSSIBLE_UNREST"));
        get("/api/bij/awaiting-mayor").body("bijId", not(hasItem(bij)));
        get("/api/tracks/" + track + "/bij").body("[0].measures",
                equalTo("Area ban for the victim's street; police informed"));
        post(track, "/bij", Map.of("offenceCategory", "MURDER", "mayorNotifiedOn", TODAY.toString())).statusCode(400)
                .body("errors[0].field", equalTo("offenceCategory"));
    }

    @Test
    void isdOrderFollowsTermAndPhases() {
        String track = Actors.trackOfNewDetention(TODAY.plusDays(200));
        String order = post(track, "/isd-orders",
                Map.of("termStart", TODAY.minusMonths(3).toString(), "termEnd", TODAY.plusMonths(21).toString(),
                        "phases", List.of(Map.of("phase", "INTRAMURAL", "startsOn", TODAY.minusMonths(3).toString()))))
                .statusCode(201).body("currentPhase", equalTo("INTRAMURAL")).extract().path("id");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("phase", "EXTRAMURAL_PREPARATION", "startsOn", TODAY.toString())).when()
                .post("/api/tracks/" + track + "/isd-orders/" + order + "/phases").then().statusCode(200)
                .body("currentPhase", equalTo("EXTRAMURAL_PREPARATION")).body("phases.size()", equalTo(2));
        post(track, "/isd-orders", Map.of("termStart", TODAY.toString(), "termEnd", TODAY.plusYears(3).toString()))
                .statusCode(400).body("errors[0].field", equalTo("termEnd"));
        post(track, "/isd-orders",
                Map.of("termStart", TODAY.toString(), "termEnd", TODAY.plusYears(1).toString(), "phases",
                        List.of(Map.of("phase", "EXTRAMURAL", "startsOn", TODAY.minusDays(1).toString()))))
                .statusCode(400).body("errors[0].field", equalTo("phases[0].startsOn"));
        get("/api/tracks/" + track + "/isd-orders").body("size()", equalTo(1));
    }

    @Test
    void article18bRequestAndAnswerWithDates() {
        String track = Actors.trackOfNewDetention(TODAY.plusDays(40));
        String request = post(track, "/article18b", Map.of("direction", "MUNICIPALITY_TO_DJI", "requestedOn",
                TODAY.minusDays(5).toString(), "question", "Is there a risk of a severe violent offence?"))
                .statusCode(201).extract().path("id");
        put(track, "/article18b/" + request + "/answer",
                Map.of("answeredOn", TODAY.minusDays(6).toString(), "answer", "x")).statusCode(400)
                .body("errors[0].field", equalTo("answeredOn"));
        put(track, "/article18b/" + request + "/answer",
                Map.of("answeredOn", TODAY.toString(), "answer", "Risk assessed as elevated; probation involved."))
                .statusCode(200).body("answeredOn", equalTo(TODAY.toString()));
        get("/api/tracks/" + track + "/article18b").body("[0].answer",
                equalTo("Risk assessed as elevated; probation involved."));
        given().auth().oauth2(OTHER_HOUSE_COORDINATOR).when().get("/api/tracks/" + track + "/article18b").then()
                .statusCode(404);
    }

    private static ValidatableResponse post(String track, String path, Object body) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).when()
                .post("/api/tracks/" + track + path).then();
    }

    private static ValidatableResponse put(String track, String path, Object body) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).when()
                .put("/api/tracks/" + track + path).then();
    }

    private static ValidatableResponse get(String path) {
        return given().auth().oauth2(COORDINATOR).when().get(path).then().statusCode(200);
    }
}
