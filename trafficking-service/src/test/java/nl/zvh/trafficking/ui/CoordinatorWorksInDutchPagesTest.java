package nl.zvh.trafficking.ui;

import static io.restassured.RestAssured.given;
import static nl.zvh.trafficking.Actors.COORDINATOR;
import static nl.zvh.trafficking.Actors.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.zvh.trafficking.Actors;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's Dutch pages: the signals inbox links to the approach, the approach shows its care route and
 * shelter requests, a shelter's answer is saved per row with htmx (the row returns with the reason when it cannot be
 * saved), and the open shelter requests page lists what is still awaited; English on request.
 */
@QuarkusTest
class CoordinatorWorksInDutchPagesTest {

    @Test
    void inboxCareRouteAndOpenShelterRequests() {
        Map<String, Object> body = Actors.signal();
        Actors.victim(body).put("lastName", "Dumitrescu");
        String signal = Actors.registered(body);
        String approach = post(COORDINATOR, "/api/signals/" + signal + "/outcome",
                Map.of("outcome", "COORDINATED_APPROACH")).statusCode(200).extract().path("approachId");
        String request = post(COORDINATOR, "/api/approaches/" + approach + "/shelter-requests",
                Map.of("shelterName", "COSM De Roggeveen", "categorical", true)).statusCode(201)
                .extract().path("shelterRequests[0].id");

        given().auth().oauth2(COORDINATOR).header("X-Forwarded-Prefix", "/trafficking").when().get("/ui").then()
                .statusCode(200).body(containsString("Meldingen")).body(containsString("Ioana Dumitrescu"))
                .body(containsString("Arbeidsuitbuiting")).body(containsString("Politie (AVIM)"))
                .body(containsString("href=\"/trafficking/ui/approaches/" + approach + "\""))
                .body(containsString("/trafficking/webjars/htmx.org/dist/htmx.min.js"));
        given().auth().oauth2(COORDINATOR).when().get("/ui/shelters").then().statusCode(200)
                .body(containsString("Openstaande opvangverzoeken")).body(containsString("data-id=\"" + request + "\""));
        given().auth().oauth2(COORDINATOR).when().get("/ui/approaches/" + approach).then().statusCode(200)
                .body(containsString("Zorgroute")).body(containsString("COSM De Roggeveen"))
                .body(containsString("hx-post=\"/ui/approaches/" + approach + "/shelter-requests/" + request + "\""));

        String row = "/ui/approaches/" + approach + "/shelter-requests/" + request;
        given().auth().oauth2(COORDINATOR).contentType(ContentType.URLENC).formParam("status", "REFUSED")
                .when().post(row).then().statusCode(200).body(containsString("role=\"alert\""))
                .body(containsString("refusalReason"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.URLENC).formParam("status", "REFUSED")
                .formParam("refusalReason", "Vol").when().post(row).then().statusCode(200)
                .body(containsString("<span class=\"current\">Geweigerd</span>")).body(containsString("Vol"))
                .body(not(containsString("role=\"alert\""))).body(not(containsString("hx-post")));
        given().auth().oauth2(COORDINATOR).when().get("/ui/shelters").then().statusCode(200)
                .body(not(containsString("data-id=\"" + request + "\"")));
        given().auth().oauth2(COORDINATOR).header("Accept-Language", "en").when().get("/ui/approaches/" + approach)
                .then().body(containsString("Care route")).body(containsString("Labour exploitation"));
        given().auth().oauth2(Actors.OTHER_HOUSE_COORDINATOR).when().get("/ui/approaches/" + approach).then()
                .statusCode(404);
    }
}
