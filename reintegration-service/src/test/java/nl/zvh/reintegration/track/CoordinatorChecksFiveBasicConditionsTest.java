package nl.zvh.reintegration.track;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static nl.zvh.reintegration.Actors.DJI;
import static nl.zvh.reintegration.Actors.OTHER_HOUSE_COORDINATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.reintegration.Actors;
import org.junit.jupiter.api.Test;

/**
 * The coordinator records consent and the five basic conditions; the track is ready for release when none is
 * unknown or needs action; the worklist shows upcoming releases with open conditions first; every access is audited.
 */
@QuarkusTest
class CoordinatorChecksFiveBasicConditionsTest {

    @Test
    void conditionsNeedConsentAndAllDoneMakesTheTrackReady() {
        String track = Actors.trackOfNewDetention(LocalDate.now().plusDays(14));
        condition(track, "HOUSING", "ARRANGED", "Woonkwartier").statusCode(400).body("errors[0].field",
                equalTo("status"));

        consent(track, Map.of("consent", "GIVEN")).statusCode(400).body("errors[0].field", equalTo("date"));
        consent(track, Map.of("consent", "GIVEN", "date", LocalDate.now().minusDays(1).toString())).statusCode(200)
                .body("consent", equalTo("GIVEN")).body("coordinator", equalTo("politie-reintegration-coordinator"));

        condition(track, "VALID_ID", "IN_ORDER", null).statusCode(200);
        condition(track, "HOUSING", "ACTION_NEEDED", "Woonkwartier").statusCode(200).body("openConditions", equalTo(4))
                .body("readyForRelease", equalTo(false));
        condition(track, "HOUSING", "ARRANGED", "Woonkwartier").statusCode(200);
        condition(track, "INCOME_OR_DAYTIME_ACTIVITY", "ARRANGED", "Gemeente Roosendaal").statusCode(200);
        condition(track, "DEBTS", "NOT_APPLICABLE", null).statusCode(200);
        condition(track, "CARE", "ARRANGED", "GGZ Westelijk Noord-Brabant").statusCode(200)
                .body("openConditions", equalTo(0)).body("readyForRelease", equalTo(true))
                .body("conditions.find { it.condition == 'CARE' }.responsiblePartner",
                        equalTo("GGZ Westelijk Noord-Brabant"))
                .body("conditions.find { it.condition == 'CARE' }.updatedBy",
                        equalTo("politie-reintegration-coordinator"));
        condition(track, "CARE", "WHATEVER", null).statusCode(400).body("errors[0].field", containsStatus());

        long audited = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) Track.getEntityManager()
                        .createNativeQuery("select count(*) from audit_log where resource_id = ?1 and action = 'UPDATE'"
                                + " and user_id = 'politie-reintegration-coordinator-id'")
                        .setParameter(1, track).getSingleResult()).longValue());
        assertTrue(audited >= 7, "each change audited, was " + audited);
    }

    @Test
    void worklistShowsReleasesInThirtyDaysWithOpenConditionsFirst() {
        String ready = Actors.trackOfNewDetention(LocalDate.now().plusDays(2));
        consent(ready, Map.of("consent", "GIVEN", "date", LocalDate.now().toString()));
        for (String c : List.of("VALID_ID", "HOUSING", "INCOME_OR_DAYTIME_ACTIVITY", "DEBTS", "CARE")) {
            condition(ready, c, "ARRANGED", null).statusCode(200);
        }
        String open = Actors.trackOfNewDetention(LocalDate.now().plusDays(25));
        String later = Actors.trackOfNewDetention(LocalDate.now().plusDays(45));

        List<String> ids = given().auth().oauth2(COORDINATOR).when().get("/api/tracks/worklist").then().statusCode(200)
                .body("trackId", not(hasItem(later))).extract().jsonPath().getList("trackId");
        assertTrue(ids.indexOf(open) >= 0 && ids.indexOf(open) < ids.indexOf(ready),
                "open conditions come before a ready track, even with a later release: " + ids);
        given().auth().oauth2(OTHER_HOUSE_COORDINATOR).when().get("/api/tracks/worklist").then().statusCode(200)
                .body("trackId", not(hasItem(open)));
    }

    @Test
    void otherHouseGets404AndOthersNoAccess() {
        String track = Actors.trackOfNewDetention(LocalDate.now().plusDays(5));
        given().auth().oauth2(OTHER_HOUSE_COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("consent", "GIVEN", "date", LocalDate.now().toString())).when()
                .put("/api/tracks/" + track + "/consent").then().statusCode(404);
        given().auth().oauth2(Actors.ANALYST).when().get("/api/tracks/" + track).then().statusCode(403);
        given().auth().oauth2(DJI).contentType(ContentType.JSON).body(Map.of("consent", "GIVEN")).when()
                .put("/api/tracks/" + track + "/consent").then().statusCode(403);
        given().when().get("/api/tracks/" + track).then().statusCode(401);
    }

    private static org.hamcrest.Matcher<String> containsStatus() {
        return org.hamcrest.Matchers.containsString("status");
    }

    static io.restassured.response.ValidatableResponse consent(String track, Map<String, Object> body) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).when()
                .put("/api/tracks/" + track + "/consent").then();
    }

    static io.restassured.response.ValidatableResponse condition(String track, String condition, String status,
            String partner) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("status", status);
        body.put("responsiblePartner", partner);
        body.put("notes", "checked with " + (partner == null ? "the person" : partner));
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body).when()
                .put("/api/tracks/" + track + "/conditions/" + condition).then();
    }
}
