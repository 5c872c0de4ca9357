package nl.zvh.reintegration.ui;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import nl.zvh.reintegration.Actors;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's Dutch pages: upcoming releases, the checklist of five conditions saved per row with htmx (with the
 * reason in the row when it cannot be saved), BIJ items awaiting the mayor; English on request.
 */
@QuarkusTest
class CoordinatorUsesChecklistInDutchTest {

    @Test
    void worklistChecklistAndBijPages() {
        String track = Actors.trackOfNewDetention(LocalDate.now().plusDays(3));
        given().auth().oauth2(COORDINATOR).header("X-Forwarded-Prefix", "/reintegration").when().get("/ui").then()
                .statusCode(200).body(containsString("Vrijlatingen komende 30 dagen"))
                .body(containsString("href=\"/reintegration/ui/tracks/" + track + "\""))
                .body(containsString("/reintegration/webjars/htmx.org/dist/htmx.min.js"));

        given().auth().oauth2(COORDINATOR).when().get("/ui/tracks/" + track).then().statusCode(200)
                .body(containsString("Geldig identiteitsbewijs")).body(containsString("Onderdak direct na vrijlating"))
                .body(containsString("hx-post=\"/ui/tracks/" + track + "/conditions/HOUSING\""))
                .body(containsString("Nog niet gereed voor vrijlating"));

        // without consent the row comes back with the reason, nothing saved
        given().auth().oauth2(COORDINATOR).contentType(ContentType.URLENC).formParam("status", "ARRANGED")
                .formParam("responsiblePartner", "Woonkwartier").when()
                .post("/ui/tracks/" + track + "/conditions/HOUSING").then().statusCode(200)
                .body(containsString("role=\"alert\"")).body(containsString("consent"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("consent", "GIVEN", "date", LocalDate.now().toString()))
                .when().put("/api/tracks/" + track + "/consent").then().statusCode(200);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.URLENC).formParam("status", "ARRANGED")
                .formParam("responsiblePartner", "Woonkwartier").when()
                .post("/ui/tracks/" + track + "/conditions/HOUSING").then().statusCode(200)
                .body(containsString("id=\"condition-HOUSING\"")).body(containsString("value=\"Woonkwartier\""))
                .body(containsString("<span class=\"current\">Geregeld</span>")).body(not(containsString("role=\"alert\"")));

        String bij = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("offenceCategory", "SERIOUS_VIOLENT", "mayorNotifiedOn", LocalDate.now().toString()))
                .when().post("/api/tracks/" + track + "/bij").then().statusCode(201).extract().path("id");
        given().auth().oauth2(COORDINATOR).when().get("/ui/bij").then().statusCode(200)
                .body(containsString("BIJ-meldingen wachtend op de burgemeester"))
                .body(containsString("data-id=\"" + bij + "\"")).body(containsString("Ernstig geweldsdelict"));
        given().auth().oauth2(COORDINATOR).header("Accept-Language", "en").when().get("/ui/bij").then()
                .body(containsString("BIJ items awaiting the mayor"));
        given().auth().oauth2(Actors.DJI).when().get("/ui").then().statusCode(403);
    }
}
