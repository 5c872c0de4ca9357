package nl.zvh.trafficking.ui;

import static io.restassured.RestAssured.given;
import static nl.zvh.trafficking.Actors.COORDINATOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.zvh.trafficking.Actors;
import org.junit.jupiter.api.Test;

/**
 * The coordinator records a signals table session (with the signals discussed and the outcomes) and an awareness
 * session on screen; refused saves keep what was typed and say why in Dutch; the analyst's figures count the
 * sessions and signals discussed in the quarter and the awareness sessions and participants in the year.
 */
@QuarkusTest
class CoordinatorKeepsRegistersOnScreenAndFiguresCountThemTest {
    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    static RequestSpecification form() {
        return given().auth().oauth2(COORDINATOR).header("X-Forwarded-Prefix", "/trafficking")
                .contentType(ContentType.URLENC).redirects().follow(false);
    }

    static RequestSpecification page() {
        return given().auth().oauth2(COORDINATOR).header("X-Forwarded-Prefix", "/trafficking");
    }

    static JsonPath figures() {
        return given().auth().oauth2(Actors.ANALYST).when().get("/api/figures?year=" + LocalDate.now().getYear()).then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void signalsTableAndAwarenessOnScreenAreCountedInTheFigures() {
        String first = Actors.registered(Actors.signal());
        String second = Actors.registered(Actors.signal());
        int quarter = (LocalDate.now().getMonthValue() - 1) / 3;
        JsonPath before = figures();
        String today = LocalDate.now().toString();

        page().when().get("/ui/registers/signals-table").then().statusCode(200)
                .body(containsString("<h1>Signalentafel</h1>")).body(containsString("value=\"" + first + "\""))
                .body(containsString("aria-current=\"page\">Signalentafel</a>"));
        form().formParam("attendees", "Politie Zeeland-West-Brabant\nNederlandse Arbeidsinspectie")
                .formParam("signalsDiscussed", first).formParam("followUp", "Huisbezoek samen met de gemeente").when()
                .post("/ui/registers/signals-table").then().statusCode(422).body(containsString("Vul dit veld in."))
                .body(containsString("Nederlandse Arbeidsinspectie"))
                .body(containsString("value=\"" + first + "\" checked"))
                .body(containsString("Huisbezoek samen met de gemeente</textarea>"));
        form().formParam("heldOn", today).formParam("attendees", "Politie\nGemeente Roosendaal")
                .formParam("signalsDiscussed", "not-a-signal").when().post("/ui/registers/signals-table").then()
                .statusCode(422).body(containsString("Kies alleen meldingen uit de lijst."));
        form().formParam("heldOn", today).formParam("attendees", "Politie\nGemeente Roosendaal")
                .formParam("signalsDiscussed", first).formParam("signalsDiscussed", second)
                .formParam("followUp", "Huisbezoek samen met de gemeente").when().post("/ui/registers/signals-table")
                .then().statusCode(303).header("Location", containsString("/trafficking/ui/registers/signals-table"));
        page().when().get("/ui/registers/signals-table?saved=true").then().statusCode(200)
                .body(containsString("De bijeenkomst is vastgelegd."))
                .body(containsString("<td>" + DUTCH.format(LocalDate.now()) + "</td><td>Politie, Gemeente Roosendaal"
                        + "</td><td>2</td><td>Huisbezoek samen met de gemeente</td>"));

        form().formParam("heldOn", today).formParam("audience", "Wijkagenten").formParam("organisation", "Politie")
                .formParam("participants", "0").when().post("/ui/registers/awareness").then().statusCode(422)
                .body(containsString("Vul een heel getal in van 1 tot en met 100000."))
                .body(containsString("value=\"Wijkagenten\"")).body(not(containsString("must be")));
        form().formParam("heldOn", LocalDate.now().plusDays(2).toString()).formParam("audience", "Wijkagenten")
                .formParam("organisation", "Politie").formParam("participants", "23").when()
                .post("/ui/registers/awareness").then().statusCode(422)
                .body(containsString("Deze datum ligt in de toekomst; vul een datum tot en met vandaag in."));
        form().formParam("heldOn", today).formParam("audience", "Wijkagenten").formParam("organisation", "Politie")
                .formParam("participants", "23").formParam("topic", "Signalen van arbeidsuitbuiting").when()
                .post("/ui/registers/awareness").then().statusCode(303);
        page().when().get("/ui/registers/awareness?saved=true").then().statusCode(200)
                .body(containsString("De voorlichting is vastgelegd."))
                .body(containsString("<td>Wijkagenten</td><td>Politie</td><td>23</td>"));

        given().auth().oauth2(COORDINATOR).header("Accept-Language", "en").when().get("/ui/registers/awareness").then()
                .statusCode(200).body(containsString("<h1>Awareness sessions</h1>"))
                .body(containsString("Number of participants"));

        JsonPath after = figures();
        String q = "signalsTable[" + quarter + "].";
        assertEquals(before.getInt(q + "sessions") + 1, after.getInt(q + "sessions"));
        assertEquals(before.getInt(q + "signalsDiscussed") + 2, after.getInt(q + "signalsDiscussed"));
        assertEquals(quarter + 1, after.getInt(q + "quarter"));
        assertEquals(4, after.getList("signalsTable").size());
        assertEquals(before.getInt("awareness.sessions") + 1, after.getInt("awareness.sessions"));
        assertEquals(before.getInt("awareness.participants") + 23, after.getInt("awareness.participants"));
    }
}
