package nl.zvh.trafficking.ui;

import static io.restassured.RestAssured.given;
import static nl.zvh.trafficking.Actors.COORDINATOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.zvh.trafficking.Actors;
import org.junit.jupiter.api.Test;

/**
 * The coordinator runs a coordinated approach on its page: care route steps with owner and date (and marks one
 * done), safety measures, two shelter requests (one refused with the reason, one placed and later moved out), the
 * CoMensha registration with date and reference, and the closure with a reason. Every refused save keeps what was
 * typed and says why in Dutch next to the field; a closed approach shows no forms.
 */
@QuarkusTest
class CoordinatorRunsAnApproachOnScreenTest {
    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    static RequestSpecification form() {
        return given().auth().oauth2(COORDINATOR).header("X-Forwarded-Prefix", "/trafficking")
                .contentType(ContentType.URLENC).redirects().follow(false);
    }

    static RequestSpecification page() {
        return given().auth().oauth2(COORDINATOR).header("X-Forwarded-Prefix", "/trafficking");
    }

    @Test
    void careRouteSheltersRegistrationAndClosureOnScreen() {
        String signal = Actors.registered(Actors.signal());
        String approach = form().formParam("outcome", "COORDINATED_APPROACH")
                .formParam("rationale", "Opvang en veiligheid nodig").when().post("/ui/signals/" + signal + "/decision")
                .then().statusCode(303).extract().header("Location")
                .replaceAll(".*/ui/approaches/([0-9a-f-]+).*", "$1");
        String base = "/ui/approaches/" + approach;
        String due = LocalDate.now().plusDays(7).toString();

        // a step of the care route
        form().formParam("stepDescription", "Intake bij de zorgaanbieder").formParam("stepDue", due).when()
                .post(base + "/steps").then().statusCode(422)
                .body(containsString("value=\"Intake bij de zorgaanbieder\""))
                .body(containsString("value=\"" + due + "\"")).body(containsString("id=\"stepOwner-error\""))
                .body(containsString("Vul dit veld in."));
        form().formParam("stepDescription", "Intake bij de zorgaanbieder").formParam("stepOwner", "Fier")
                .formParam("stepDue", "31-02-2026").when().post(base + "/steps").then().statusCode(422)
                .body(containsString("Vul een bestaande datum in, bijvoorbeeld 6-12-2026."));
        form().formParam("stepDescription", "Intake bij de zorgaanbieder").formParam("stepOwner", "Fier")
                .formParam("stepDue", due).when().post(base + "/steps").then().statusCode(303)
                .header("Location", endsWith(base + "?saved=step#step"));
        String stepId = page().when().get(base + "?saved=step").then().statusCode(200)
                .body(containsString("Opgeslagen.")).body(containsString("<td>Intake bij de zorgaanbieder</td>"))
                .body(containsString("<td>Fier</td>")).body(containsString(DUTCH.format(LocalDate.now().plusDays(7))))
                .extract().asString().replaceAll("(?s).*/steps/([0-9a-f-]+)/done.*", "$1");
        form().when().post(base + "/steps/" + stepId + "/done").then().statusCode(303);

        // safety measures and the rest of the care route
        form().formParam("safetyMeasures", "Adres afgeschermd").formParam("reflectionPeriodStart", "2026-03-10")
                .formParam("reflectionPeriodEnd", "2026-03-01").when().post(base + "/care-route").then().statusCode(422)
                .body(containsString("Het einde van de bedenktijd ligt voor het begin."))
                .body(containsString("Adres afgeschermd</textarea>"));
        form().formParam("safetyMeasures", "Adres afgeschermd").formParam("reflectionPeriodStart", "2026-03-01")
                .formParam("reflectionPeriodEnd", "2026-06-01").when().post(base + "/care-route").then()
                .statusCode(303);

        // two shelter requests: one refused with the reason, one placed and moved out
        form().formParam("categorical", "true").when().post(base + "/shelter-requests").then().statusCode(422)
                .body(containsString("Vul dit veld in."))
                .body(containsString("id=\"categorical\" name=\"categorical\" value=\"true\" checked"));
        form().formParam("shelterName", "COSM De Roggeveen").formParam("categorical", "true").when()
                .post(base + "/shelter-requests").then().statusCode(303);
        form().formParam("shelterName", "Safegroup Breda").when().post(base + "/shelter-requests").then()
                .statusCode(303);
        String html = page().when().get(base).then().statusCode(200).extract().asString();
        String first = html.replaceAll("(?s).*<tr id=\"shelter-([0-9a-f-]+)\">\\s*<td>COSM De Roggeveen.*", "$1");
        String second = html.replaceAll("(?s).*<tr id=\"shelter-([0-9a-f-]+)\">\\s*<td>Safegroup Breda.*", "$1");
        form().formParam("status", "REFUSED").formParam("refusalReason", "Geen plek").when()
                .post(base + "/shelter-requests/" + first).then().statusCode(303);
        form().formParam("status", "PLACED").when().post(base + "/shelter-requests/" + second).then().statusCode(303);
        page().when().get(base).then().statusCode(200)
                .body(containsString("<option value=\"LEFT\">Vertrokken</option>"));
        form().formParam("status", "LEFT").when().post(base + "/shelter-requests/" + second).then().statusCode(303);

        // the CoMensha registration
        form().formParam("reportedOn", LocalDate.now().minusDays(3).toString())
                .formParam("reportingOrganisation", "ZVH De Markiezaten").formParam("reference", "CM-2026-0042").when()
                .post(base + "/national-registration").then().statusCode(422)
                .body(containsString("De datum ligt voor de datum waarop de melding binnenkwam."))
                .body(containsString("value=\"CM-2026-0042\""));
        form().formParam("reportedOn", LocalDate.now().toString())
                .formParam("reportingOrganisation", "ZVH De Markiezaten").formParam("reference", "CM-2026-0042").when()
                .post(base + "/national-registration").then().statusCode(303);

        String today = DUTCH.format(LocalDate.now());
        page().when().get(base).then().statusCode(200)
                .body(containsString("Geregistreerd op " + today + " door ZVH De Markiezaten, kenmerk CM-2026-0042."))
                .body(containsString("<span class=\"current\">Geweigerd</span>, reden: Geen plek"))
                .body(containsString("<span class=\"current\">Vertrokken</span> op " + today))
                .body(containsString("<span class=\"status\">Gedaan</span> op " + today))
                .body(containsString("Adres afgeschermd")).body(containsString("1 maart 2026 tot en met 1 juni 2026"));

        // closure with a reason
        form().formParam("closureReason", "OTHER").when().post(base + "/close").then().statusCode(422)
                .body(containsString("Vul een toelichting in als de reden ‘Anders’ is."))
                .body(containsString("<option value=\"OTHER\" selected>"));
        form().formParam("closureReason", "GOALS_REACHED").when().post(base + "/close").then().statusCode(303);
        page().when().get(base).then().statusCode(200).body(containsString("<dd id=\"status\">Afgesloten</dd>"))
                .body(containsString("Doelen bereikt")).body(not(containsString("/steps\"")))
                .body(not(containsString("/close\""))).body(not(containsString("GOALS_REACHED")));
        // closed: a late save is refused in Dutch, not a 500
        form().formParam("stepDescription", "Nazorg").formParam("stepOwner", "Fier").formParam("stepDue", due).when()
                .post(base + "/steps").then().statusCode(422)
                .body(containsString("Dit is intussen al vastgelegd of afgesloten."));
        given().auth().oauth2(Actors.OTHER_HOUSE_COORDINATOR).contentType(ContentType.URLENC)
                .formParam("closureReason", "GOALS_REACHED").when().post(base + "/close").then().statusCode(404);
    }
}
