package nl.zvh.lifecourse.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import nl.zvh.lifecourse.TestInfrastructure;
import nl.zvh.lifecourse.candidates.CandidateRequestsForTests;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.platform.ui.format.UiFormats;
import org.junit.jupiter.api.Test;

/**
 * The coordinator assigns a client's external case manager on the file (a refused form keeps what was typed), the
 * case manager then sees that client, and when the coordinator changes the case manager only the new one does. The
 * case manager scores the life domains on two dates (refused without any score or with a score outside 1 to 5) and
 * the file shows the trend: a row per domain, a column per date, with the notes.
 */
@QuarkusTest
class CoordinatorChangesTheCaseManagerAndScoresShowTheTrendTest {
    private static final String HOUSE = "scores-huis";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final String coordinator = TestTokens.token("scores-coordinator", TestInfrastructure.POLICE, HOUSE,
            "lifecourse-coordinator");
    private final String anna = TestTokens.token("anna.zorg", "Stichting Zorg", HOUSE, "lifecourse-case-manager");
    private final String bram = TestTokens.token("bram.bos", "Zorggroep Bos", HOUSE, "lifecourse-case-manager");

    @Test
    void caseManagerChangesAndTheScoresShowOverTime() {
        String client = CandidateRequestsForTests.includedClient(coordinator, "Scoremans");
        String file = "/ui/clients/" + client;
        page(coordinator, file).body(containsString("Casemanager toewijzen"));
        post(coordinator, file + "/case-managers",
                Map.of("caseManagerName", "Anna de Vries", "caseManagerOrganisation", "Stichting Zorg")).then()
                .statusCode(422).body(containsString("href=\"#caseManagerLogin\""))
                .body(containsString("Vul dit veld in.")).body(containsString("value=\"Anna de Vries\""));
        seeOther(
                post(coordinator, file + "/case-managers", Map.of("caseManagerName", "Anna de Vries",
                        "caseManagerOrganisation", "Stichting Zorg", "caseManagerLogin", "anna.zorg")),
                file + "?notice=case-manager");
        page(coordinator, file + "?notice=case-manager").body(containsString("De casemanager is toegewezen."))
                .body(containsString("Anna de Vries, Casemanager van Stichting Zorg"))
                .body(not(containsString("anna.zorg")));
        page(anna, "/ui/clients").body(containsString("Scoremans"));
        page(anna, file).body(not(containsString("Casemanager toewijzen")));
        given().auth().oauth2(bram).when().get(file).then().statusCode(404);

        seeOther(
                post(coordinator, file + "/case-managers",
                        Map.of("caseManagerName", "Bram Bos", "caseManagerOrganisation", "Zorggroep Bos",
                                "caseManagerLogin", "bram.bos", "replaceCaseManagers", "on")),
                file + "?notice=case-manager");
        page(coordinator, file).body(containsString("Bram Bos, Casemanager van Zorggroep Bos"))
                .body(not(containsString("Anna de Vries")));
        given().auth().oauth2(anna).when().get(file).then().statusCode(404);
        page(anna, "/ui/clients").body(not(containsString("Scoremans")));
        page(bram, "/ui/clients").body(containsString("Scoremans"));

        LocalDate today = LocalDate.now(UiFormats.AMSTERDAM);
        LocalDate earlier = today.minusWeeks(6);
        page(bram, file).body(containsString("Nog geen scores vastgelegd."));
        post(bram, file + "/scores", Map.of("scoreDate", earlier.toString(), "scoreNote", "Eerste meting")).then()
                .statusCode(422).body(containsString("Geef ten minste één levensdomein een score van 1 tot en met 5."))
                .body(containsString("Eerste meting"));
        post(bram, file + "/scores", Map.of("scoreDate", earlier.toString(), "score-HOUSING", "7")).then()
                .statusCode(422).body(containsString("Vul een heel getal in van 1 tot en met 5."))
                .body(containsString("href=\"#score-HOUSING\""));
        seeOther(post(bram, file + "/scores", Map.of("scoreDate", earlier.toString(), "score-HOUSING", "2",
                "score-ADDICTION", "4", "scoreNote", "Eerste meting")), file + "?notice=scores");
        seeOther(
                post(bram, file + "/scores",
                        Map.of("scoreDate", today.toString(), "score-HOUSING", "3", "score-ADDICTION", "4")),
                file + "?notice=scores");
        page(bram, file + "?notice=scores").body(containsString("De scores zijn vastgelegd."))
                .body(containsString("<th scope=\"col\">" + UiFormats.date(earlier, DUTCH) + "</th><th scope=\"col\">"
                        + UiFormats.date(today, DUTCH) + "</th>"))
                .body(containsString("<th scope=\"row\">Wonen</th><td>2</td><td>3</td>"))
                .body(containsString("<th scope=\"row\">Verslaving</th><td>4</td><td>4</td>"))
                .body(containsString(UiFormats.date(earlier, DUTCH) + ": Eerste meting"))
                .body(not(containsString(">HOUSING<")));
    }

    private static ValidatableResponse page(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then().statusCode(200);
    }

    private static Response post(String token, String path, Map<String, String> fields) {
        RequestSpecification spec = given().auth().oauth2(token).contentType(ContentType.URLENC).redirects()
                .follow(false);
        fields.forEach(spec::formParam);
        return spec.when().post(path);
    }

    private static void seeOther(Response response, String path) {
        response.then().statusCode(303).header("Location", endsWith(path));
    }
}
