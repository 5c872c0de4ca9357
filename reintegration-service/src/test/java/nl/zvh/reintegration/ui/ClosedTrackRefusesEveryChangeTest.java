package nl.zvh.reintegration.ui;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static nl.zvh.reintegration.ui.CoordinatorRunsTheTrackOnItsPageTest.post;
import static nl.zvh.reintegration.ui.CoordinatorUsesChecklistInDutchTest.as;
import static org.hamcrest.Matchers.containsString;
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

/**
 * A closed track is read-only: every change to it (consent, a basic condition, BIJ and the mayor's assessment, an ISD
 * order and its phase, article 18b and its answer, contacts after release, escalation, closing again) is refused by
 * the service with 409 problem+json, and its BIJ item leaves the worklist awaiting the mayor; the page shows the
 * closure and offers no forms; a save that arrives anyway
 * (the page was open before the track was closed) comes back 422 with what was typed and the Dutch reason.
 */
@QuarkusTest
class ClosedTrackRefusesEveryChangeTest {
    static final String TODAY = LocalDate.now().toString();

    @Test
    void theApiRefusesEveryChangeWithAConflict() {
        String track = Actors.trackOfNewDetention(LocalDate.now().plusDays(9));
        String api = "/api/tracks/" + track;
        String bij = send("POST", api + "/bij", Map.of("offenceCategory", "SEXUAL", "mayorNotifiedOn", TODAY))
                .statusCode(201).extract().path("id");
        String order = send("POST", api + "/isd-orders",
                Map.of("termStart", TODAY, "termEnd", LocalDate.now().plusYears(1).toString(), "phases",
                        List.of(Map.of("phase", "INTRAMURAL", "startsOn", TODAY))))
                .statusCode(201).extract().path("id");
        String request = send("POST", api + "/article18b",
                Map.of("direction", "DJI_TO_MUNICIPALITY", "requestedOn", TODAY, "question", "Risico?")).statusCode(201)
                .extract().path("id");
        send("GET", "/api/bij/awaiting-mayor", null).statusCode(200).body("bijId", hasItem(bij));
        post("/ui/tracks/" + track + "/close", Map.of("reason", "COMPLETED", "closedOn", TODAY)).statusCode(303);
        send("GET", "/api/bij/awaiting-mayor", null).statusCode(200).body("bijId", not(hasItem(bij)));

        send("PUT", api + "/consent", Map.of("consent", "GIVEN", "date", TODAY)).statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
        send("PUT", api + "/coordinator", Map.of("coordinator", "Iemand anders")).statusCode(409);
        send("PUT", api + "/conditions/HOUSING", Map.of("status", "UNKNOWN")).statusCode(409);
        send("POST", api + "/bij", Map.of("offenceCategory", "SEXUAL", "mayorNotifiedOn", TODAY)).statusCode(409);
        send("PUT", api + "/bij/" + bij + "/assessment",
                Map.of("assessment", "NO_UNREST_EXPECTED", "assessedOn", TODAY)).statusCode(409);
        send("POST", api + "/isd-orders/" + order + "/phases", Map.of("phase", "EXTRAMURAL", "startsOn", TODAY))
                .statusCode(409);
        send("PUT", api + "/article18b/" + request + "/answer", Map.of("answeredOn", TODAY, "answer", "Nee"))
                .statusCode(409);
        send("POST", api + "/escalations", Map.of("reason", "Te laat", "riskSummary", "Onbekend")).statusCode(409);
        send("GET", api, null).statusCode(200).body("status", equalTo("CLOSED"));
        send("GET", api + "/escalations", null).statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void thePageIsReadOnlyAndALateSaveKeepsWhatWasTyped() {
        String track = Actors.trackOfNewDetention(LocalDate.now().plusDays(11));
        String base = "/ui/tracks/" + track;
        post(base + "/consent", Map.of("consent", "GIVEN", "date", TODAY)).statusCode(303);
        post(base + "/conditions/CARE", Map.of("status", "ARRANGED", "responsiblePartner", "GGZ Breburg"))
                .statusCode(303);
        post(base + "/close", Map.of("reason", "MOVED_TO_OTHER_HOUSE", "closedOn", TODAY)).statusCode(303);

        as(COORDINATOR).when().get(base).then().statusCode(200).body(containsString("id=\"closed\""))
                .body(containsString("GGZ Breburg")).body(containsString("Geregeld")).body(not(containsString("<form")))
                .body(not(containsString("id=\"consent-form\""))).body(not(containsString("hx-post")))
                .body(not(containsString("id=\"escalation-form\"")));

        post(base + "/escalations", Map.of("reason", "Terugval na verhuizing", "riskSummary", "Hoog")).statusCode(422)
                .body(containsString("Dit traject is afgesloten en kan niet meer worden gewijzigd."))
                .body(containsString("<a href=\"#closed\">")).body(containsString(">Terugval na verhuizing</textarea>"))
                .body(not(containsString("problem+json")));
        post(base + "/aftercare", Map.of("kind", "CONTACT_MOMENT", "occurredOn", TODAY, "summary", "Huisbezoek"))
                .statusCode(422).body(containsString("Dit traject is afgesloten"))
                .body(containsString(">Huisbezoek</textarea>"));
        post(base + "/consent", Map.of("consent", "REFUSED", "date", TODAY)).statusCode(422)
                .body(containsString("Dit traject is afgesloten")).body(containsString("id=\"consent-form\""));
        as(COORDINATOR).header("HX-Request", "true").contentType(ContentType.URLENC)
                .formParams(Map.of("status", "ACTION_NEEDED", "notes", "Wachtlijst")).when()
                .post(base + "/conditions/CARE").then().statusCode(422)
                .body(containsString("Dit traject is afgesloten")).body(containsString(">Wachtlijst</textarea>"));
        post(base + "/close", Map.of("reason", "COMPLETED", "closedOn", TODAY)).statusCode(422)
                .body(containsString("Dit traject is afgesloten"));
    }

    private static ValidatableResponse send(String method, String path, Object body) {
        var request = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().request(method, path).then();
    }
}
