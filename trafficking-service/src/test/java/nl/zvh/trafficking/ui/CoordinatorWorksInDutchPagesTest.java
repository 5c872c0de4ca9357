package nl.zvh.trafficking.ui;

import static io.restassured.RestAssured.given;
import static nl.zvh.trafficking.Actors.COORDINATOR;
import static nl.zvh.trafficking.Actors.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.trafficking.Actors;
import nl.zvh.trafficking.approach.AgreementStatus;
import nl.zvh.trafficking.approach.ApproachStatus;
import nl.zvh.trafficking.approach.ClosureReason;
import nl.zvh.trafficking.approach.ShelterStatus;
import nl.zvh.trafficking.signal.Channel;
import nl.zvh.trafficking.signal.ExploitationType;
import nl.zvh.trafficking.signal.Minority;
import nl.zvh.trafficking.signal.Outcome;
import nl.zvh.trafficking.signal.PersonRole;
import nl.zvh.trafficking.signal.ResidenceStatus;
import nl.zvh.trafficking.signal.SourceType;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's pages in the shell, in Dutch: the signals inbox links to the approach, the approach shows its
 * care route, shelter requests and agreements, a shelter's answer is recorded per request with htmx (announced when
 * saved; refused with what was typed and the Dutch reason next to the field and in the summary), and the open shelter
 * requests page lists what is still awaited. No code or ISO date is shown; English on request.
 */
@QuarkusTest
class CoordinatorWorksInDutchPagesTest {
    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).header("X-Forwarded-Prefix", "/trafficking");
    }

    static RequestSpecification htmx() {
        return as(COORDINATOR).header("HX-Request", "true").contentType(ContentType.URLENC);
    }

    @Test
    void inboxCareRouteAndOpenShelterRequests() {
        Map<String, Object> body = Actors.signal();
        Actors.victim(body).put("lastName", "Dumitrescu");
        body.put("exploitationTypes", List.of("SEXUAL", "LABOUR"));
        body.put("primaryExploitationType", "SEXUAL");
        String signal = Actors.registered(body);
        String approach = post(COORDINATOR, "/api/signals/" + signal + "/outcome",
                Map.of("outcome", "COORDINATED_APPROACH")).statusCode(200).extract().path("approachId");
        String request = post(COORDINATOR, "/api/approaches/" + approach + "/shelter-requests",
                Map.of("shelterName", "COSM De Roggeveen", "categorical", true)).statusCode(201).extract()
                .path("shelterRequests[0].id");
        post(COORDINATOR, "/api/approaches/" + approach + "/agreements",
                Map.of("description", "Intake bij de zorgaanbieder plannen", "ownerOrganisation", "Gemeente Roosendaal",
                        "dueDate", LocalDate.now().plusDays(14).toString()))
                .statusCode(201);
        String today = DUTCH.format(LocalDate.now());

        as(COORDINATOR).when().get("/ui").then().statusCode(200).body(containsString("<html lang=\"nl\""))
                .body(containsString("id=\"zvh-logout\"")).body(containsString("<h1>Meldingen</h1>"))
                .body(containsString("Ioana Dumitrescu")).body(containsString("Seksuele uitbuiting, Arbeidsuitbuiting"))
                .body(containsString("Politie (AVIM)"))
                .body(containsString("href=\"/trafficking/ui/approaches/" + approach + "\""))
                .body(containsString("Gecoördineerde aanpak<span class=\"zvh-visually-hidden\"> voor Ioana Dumitrescu"))
                .body(containsString(today)).body(not(containsString(LocalDate.now().toString())))
                .body(not(containsString(">SEXUAL"))).body(not(containsString(">POLICE_AVIM")))
                .body(containsString("aria-current=\"page\">Meldingen</a>"));
        as(COORDINATOR).when().get("/ui/shelters").then().statusCode(200)
                .body(containsString("<h1>Openstaande opvangverzoeken</h1>"))
                .body(containsString("data-id=\"" + request + "\""));
        as(COORDINATOR).when().get("/ui/approaches/" + approach).then().statusCode(200)
                .body(containsString("<h1>Aanpak voor Ioana Dumitrescu</h1>")).body(containsString("Lopend"))
                .body(containsString("Zorgroute")).body(containsString("COSM De Roggeveen"))
                .body(containsString("Intake bij de zorgaanbieder plannen"))
                .body(containsString(DUTCH.format(LocalDate.now().plusDays(14))))
                .body(containsString(
                        "hx-post=\"/trafficking/ui/approaches/" + approach + "/shelter-requests/" + request + "\""))
                .body(containsString("<label class=\"utrecht-form-label\" for=\"status-" + request + "\">"))
                .body(containsString("Ja, antwoord vastleggen")).body(not(containsString(LocalDate.now().toString())));

        String row = "/ui/approaches/" + approach + "/shelter-requests/" + request;
        // refused without a reason: the row comes back with the choice kept and the reason in Dutch
        htmx().formParam("status", "REFUSED").when().post(row).then().statusCode(422)
                .body(containsString("id=\"shelter-" + request + "\""))
                .body(containsString("<option value=\"REFUSED\" selected>Geweigerd</option>"))
                .body(containsString("id=\"refusalReason-" + request + "-error\""))
                .body(containsString("Vul in waarom de opvang de persoon weigerde."))
                .body(containsString("<div id=\"shelter-errors\" hx-swap-oob=\"true\">"))
                .body(containsString("<a href=\"#refusalReason-" + request + "\">"))
                .body(containsString("<span class=\"current\">Gevraagd</span>"))
                .body(not(containsString("is required")));
        htmx().formParam("refusalReason", "Vol").when().post(row).then().statusCode(422)
                .body(containsString("value=\"Vol\"")).body(containsString("Kies of de opvang de persoon heeft"));
        // without JavaScript: the whole page again
        as(COORDINATOR).contentType(ContentType.URLENC).formParam("status", "REFUSED").when().post(row).then()
                .statusCode(422).body(containsString("id=\"zvh-logout\""))
                .body(containsString("<a href=\"#refusalReason-" + request + "\">"));

        String notice = htmx().formParam("status", "REFUSED").formParam("refusalReason", "Vol").when().post(row).then()
                .statusCode(200).body(containsString("<span class=\"current\">Geweigerd</span>"))
                .body(containsString("reden: Vol"))
                .body(containsString("<div id=\"shelter-errors\" hx-swap-oob=\"true\"></div>"))
                .body(not(containsString("aria-invalid"))).body(not(containsString("hx-post"))).extract()
                .header("HX-Trigger");
        assertEquals("{\"zvhNotice\":\"Opvangverzoek bij COSM De Roggeveen: geweigerd.\"}", notice);
        // answered already: refused in Dutch
        htmx().formParam("status", "PLACED").when().post(row).then().statusCode(422)
                .body(containsString("Dit opvangverzoek is al beantwoord (nu: geweigerd). Laad de pagina opnieuw."));
        as(COORDINATOR).when().get("/ui/shelters").then().statusCode(200)
                .body(not(containsString("data-id=\"" + request + "\"")));

        // placed without JavaScript: back to the approach
        String second = post(COORDINATOR, "/api/approaches/" + approach + "/shelter-requests",
                Map.of("shelterName", "Safegroup Breda", "categorical", false)).statusCode(201).extract()
                .path("shelterRequests[1].id");
        as(COORDINATOR).contentType(ContentType.URLENC).formParam("status", "PLACED").redirects().follow(false).when()
                .post("/ui/approaches/" + approach + "/shelter-requests/" + second).then().statusCode(303)
                .header("Location", endsWith("/trafficking/ui/approaches/" + approach + "#shelter-" + second));
        as(COORDINATOR).when().get("/ui/approaches/" + approach).then().statusCode(200)
                .body(containsString("<span class=\"current\">Geplaatst</span> op " + today));

        given().auth().oauth2(COORDINATOR).header("Accept-Language", "en").when().get("/ui/approaches/" + approach)
                .then().body(containsString("<html lang=\"en\"")).body(containsString("Care route"))
                .body(containsString("Sexual exploitation, Labour exploitation")).body(containsString(
                        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(LocalDate.now())));
        given().auth().oauth2(Actors.OTHER_HOUSE_COORDINATOR).when().get("/ui/approaches/" + approach).then()
                .statusCode(404);
    }

    @Test
    void everyCodeHasADutchAndAnEnglishLabel() {
        for (Enum<?>[] codes : new Enum<?>[][]{ExploitationType.values(), SourceType.values(), Outcome.values(),
                Channel.values(), PersonRole.values(), ResidenceStatus.values(), ShelterStatus.values(),
                Minority.values(), AgreementStatus.values(), ApproachStatus.values(), ClosureReason.values()}) {
            for (Enum<?> code : codes) {
                assertTrue(Labels.hasLabel(code, "nl"), "nl " + code);
                assertTrue(Labels.hasLabel(code, "en"), "en " + code);
            }
        }
    }
}
