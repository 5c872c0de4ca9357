package nl.zvh.lifecourse.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.lifecourse.TestInfrastructure;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The coordinator of a house with room for one client works on screen only: proposes two candidates by hand, plans an
 * inclusion table, includes the first, is refused the second while the house is full (Dutch message next to the
 * field, 422) and postpones it; notes, contacts, network, goals and incidents go on the file, a second safety note
 * keeps the first in its history; the closure with a reason frees the capacity, the postponed candidate is included,
 * and the closed client's person is proposed again, linked to the earlier period.
 */
@QuarkusTest
class CoordinatorIncludesAndClosesAClientOnScreenTest {
    private static final String HOUSE = "walcheren";
    private static final String TODAY = LocalDate.now().toString();

    private final String coordinator = TestTokens.token("walcheren-coordinator", TestInfrastructure.POLICE, HOUSE,
            "lifecourse-coordinator");

    @Test
    void fromProposalToClosureAndANewPeriod() {
        page("/ui/inclusion").body(containsString("Actieve cliënten: 0 van 1"))
                .body(containsString("Kandidaat aanmelden")).body(containsString("Inclusietafel plannen"));
        post("/ui/inclusion/candidates", Map.of("municipality", "Middelburg", "firstName", "Piet")).then()
                .statusCode(422).body(containsString("Vul dit veld in.")).body(containsString("value=\"Middelburg\""))
                .body(containsString("href=\"#lastName\""));
        seeOther(post("/ui/inclusion/candidates", Map.of("municipality", "Middelburg", "firstName", "Piet", "lastName",
                "Eerste", "dateOfBirth", "1980-05-01")), "/ui/inclusion?notice=candidate");
        seeOther(
                post("/ui/inclusion/candidates",
                        Map.of("municipality", "Vlissingen", "firstName", "Klaas", "lastName", "Tweede")),
                "/ui/inclusion?notice=candidate");
        page("/ui/inclusion?notice=candidate").body(containsString("De kandidaat is aangemeld"))
                .body(containsString("Piet Eerste")).body(containsString("Klaas Tweede"))
                .body(containsString("Aangemeld door de coördinator")).body(containsString("1 mei 1980"));

        post("/ui/inclusion/sessions", Map.of("sessionDate", TODAY, "attendees", " ")).then().statusCode(422)
                .body(containsString("href=\"#attendees\""));
        String session = post("/ui/inclusion/sessions",
                Map.of("sessionDate", TODAY, "attendees", "Politie\nGemeente Middelburg\nGGZ")).then().statusCode(303)
                .extract().header("Location").replaceAll(".*/ui/inclusion/sessions/([^?]+).*", "$1");
        String first = candidate("Eerste");
        String second = candidate("Tweede");
        page("/ui/inclusion/sessions/" + session).body(containsString("Politie, Gemeente Middelburg, GGZ"))
                .body(containsString("Besluit over Piet Eerste")).body(containsString("Besluit over Klaas Tweede"));

        seeOther(decide(session, first, "INCLUDED", "", false),
                "/ui/inclusion/sessions/" + session + "?notice=decided");
        decide(session, second, "INCLUDED", "", false).then().statusCode(422)
                .body(containsString("De capaciteit van het huis is bereikt"))
                .body(containsString("href=\"#decision-" + second + "\""));
        decide(session, second, "NOT_INCLUDED", " ", false).then().statusCode(422)
                .body(containsString("Geef een reden.")).body(containsString("href=\"#reason-" + second + "\""));
        seeOther(decide(session, second, "POSTPONED", "", false),
                "/ui/inclusion/sessions/" + session + "?notice=decided");
        page("/ui/inclusion/sessions/" + session + "?notice=decided").body(containsString("Het besluit is vastgelegd."))
                .body(containsString("Piet Eerste</a>: Opgenomen")).body(containsString("Klaas Tweede: Aangehouden"))
                .body(containsString("Actieve cliënten: 1 van 1"))
                .body(not(containsString("Besluit over Piet Eerste")));

        String file = "/ui/clients/" + first;
        seeOther(post(file + "/safety-notes", Map.of("safetyNote", "Nooit alleen op huisbezoek")),
                file + "?notice=safety-note");
        seeOther(post(file + "/safety-notes", Map.of("safetyNote", "Hond in huis")), file + "?notice=safety-note");
        post(file + "/contacts",
                Map.of("contactType", "HOME_VISIT", "contactOutcome", "SPOKEN", "contactNote", "Goed gesprek")).then()
                .statusCode(422).body(containsString("href=\"#contactDate\"")).body(containsString("Goed gesprek"));
        post(file + "/contacts",
                Map.of("contactType", "HOME_VISIT", "contactDate", "2999-01-01", "contactOutcome", "SPOKEN")).then()
                .statusCode(422)
                .body(containsString("Deze datum ligt in de toekomst; vul een datum tot en met vandaag in."));
        seeOther(post(file + "/contacts", Map.of("contactType", "HOME_VISIT", "contactDate", TODAY, "contactOutcome",
                "SPOKEN", "contactNote", "Goed gesprek")), file + "?notice=contact");
        seeOther(post(file + "/incidents", Map.of("incidentKind", "DETENTION", "incidentDate", TODAY)),
                file + "?notice=incident");
        seeOther(post(file + "/network", Map.of("networkRole", "FAMILY", "networkName", "Zus Anna")),
                file + "?notice=network");
        seeOther(post(file + "/goals", Map.of("goalDomain", "HOUSING", "goalText", "Eigen woning")),
                file + "?notice=goal");
        page(file + "?notice=goal").body(containsString("Het doel is toegevoegd."))
                .body(containsString("<section id=\"safety-note\"")).body(containsString("<p>Hond in huis</p>"))
                .body(containsString("Eerdere veiligheidsnotities (1)"))
                .body(containsString("Nooit alleen op huisbezoek")).body(containsString(TestInfrastructure.POLICE))
                .body(not(containsString("walcheren-coordinator"))).body(containsString("Huisbezoek"))
                .body(containsString("Gesproken")).body(containsString("Detentie"))
                .body(containsString("Familie: Zus Anna")).body(containsString("Wonen: Eigen woning"))
                .body(not(containsString(TODAY))).body(not(containsString(">HOME_VISIT")));

        String manager = TestTokens.token("walcheren-manager", TestInfrastructure.HOUSING, HOUSE,
                "lifecourse-case-manager");
        given().auth().oauth2(manager).contentType(ContentType.URLENC).formParam("closureReason", "STABLE").redirects()
                .follow(false).when().post(file + "/closure").then().statusCode(403);
        post(file + "/closure", Map.of("closureReason", "OTHER")).then().statusCode(422)
                .body(containsString("href=\"#closureNote\""));
        seeOther(post(file + "/closure", Map.of("closureReason", "MOVED")), file + "?notice=closed");
        page(file).body(containsString("Aanpak afgesloten op")).body(containsString("Verhuisd"))
                .body(containsString("Afgesloten")).body(not(containsString("/contacts\"")))
                .body(containsString("Opnieuw aanmelden voor de inclusietafel"));
        post(file + "/contacts", Map.of("contactType", "PHONE", "contactDate", TODAY, "contactOutcome", "SPOKEN"))
                .then().statusCode(409);
        page("/ui/inclusion").body(containsString("Actieve cliënten: 0 van 1"));

        seeOther(decide(session, second, "INCLUDED", "", false),
                "/ui/inclusion/sessions/" + session + "?notice=decided");
        page("/ui/inclusion").body(containsString("Actieve cliënten: 1 van 1"));

        seeOther(post(file + "/new-period", Map.of()), "/ui/inclusion?notice=candidate");
        post(file + "/new-period", Map.of()).then().statusCode(409);
        page("/ui/inclusion").body(containsString("Piet Eerste"));
        page(file).body(containsString("Nieuwe periode")).body(containsString("Kandidaat"))
                .body(not(containsString("Opnieuw aanmelden")));
        page("/ui/clients").body(containsString("Piet Eerste")).body(containsString("Afgesloten"))
                .body(containsString("Klaas Tweede"));
    }

    private io.restassured.response.ValidatableResponse page(String path) {
        return given().auth().oauth2(coordinator).when().get(path).then().statusCode(200);
    }

    private RequestSpecification form() {
        return given().auth().oauth2(coordinator).contentType(ContentType.URLENC).redirects().follow(false);
    }

    private Response post(String path, Map<String, String> fields) {
        RequestSpecification spec = form();
        fields.forEach(spec::formParam);
        return spec.when().post(path);
    }

    private Response decide(String session, String candidate, String decision, String reason, boolean override) {
        RequestSpecification spec = form().formParam("candidateId", candidate).formParam("decision", decision)
                .formParam("reason", reason);
        if (override) {
            spec.formParam("overrideCapacity", "on");
        }
        return spec.when().post("/ui/inclusion/sessions/" + session + "/decisions");
    }

    private static void seeOther(Response response, String path) {
        response.then().statusCode(303).header("Location", endsWith(path));
    }

    private String candidate(String lastName) {
        List<Map<String, Object>> all = given().auth().oauth2(coordinator).when().get("/api/candidates").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(c -> lastName.equals(String.valueOf(c.get("fullName")).split(" ")[1]))
                .map(c -> String.valueOf(c.get("id"))).reduce((a, b) -> b).orElseThrow();
    }
}
