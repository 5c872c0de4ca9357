package nl.zvh.reintegration.ui;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.reintegration.Actors;
import nl.zvh.reintegration.TestInfrastructure;
import nl.zvh.reintegration.aftercare.AftercareEntry;
import nl.zvh.reintegration.dji.NotificationType;
import nl.zvh.reintegration.dji.ProcessingStatus;
import nl.zvh.reintegration.escalation.Escalation;
import nl.zvh.reintegration.measures.Article18bExchange;
import nl.zvh.reintegration.measures.BijItem;
import nl.zvh.reintegration.measures.IsdPhase;
import nl.zvh.reintegration.track.CloseReason;
import nl.zvh.reintegration.track.ConditionStatus;
import nl.zvh.reintegration.track.ConditionType;
import nl.zvh.reintegration.track.Consent;
import nl.zvh.reintegration.track.TrackSource;
import nl.zvh.reintegration.track.TrackStatus;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's pages in the shell, in Dutch: upcoming releases, the track with its consent and the checklist of
 * five conditions saved one at a time with htmx. A refused save keeps what was typed and gives the Dutch reason next
 * to the field and in the error summary; a successful save is announced. No code, ISO date or login name is shown;
 * English on request.
 */
@QuarkusTest
class CoordinatorUsesChecklistInDutchTest {
    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).header("X-Forwarded-Prefix", "/reintegration");
    }

    static RequestSpecification htmx(String token) {
        return as(token).header("HX-Request", "true").contentType(ContentType.URLENC);
    }

    @Test
    void worklistTrackAndBijPagesReadInDutchInTheShell() {
        LocalDate release = LocalDate.now().plusDays(3);
        String track = Actors.trackOfNewDetention(release);
        as(COORDINATOR).when().get("/ui").then().statusCode(200).body(containsString("<html lang=\"nl\""))
                .body(containsString("id=\"zvh-logout\""))
                .body(containsString("<h1>Vrijlatingen komende 30 dagen</h1>"))
                .body(containsString("href=\"/reintegration/ui/tracks/" + track + "\""))
                .body(containsString("<th scope=\"col\">Verwachte vrijlating</th>"))
                .body(containsString(DUTCH.format(release))).body(containsString("17 mei 1990"))
                .body(containsString("Niet gevraagd")).body(containsString("5 van de 5"))
                .body(not(containsString(release.toString()))).body(not(containsString("NOT_ASKED")))
                .body(containsString("aria-current=\"page\">Vrijlatingen komende 30 dagen</a>"));

        as(COORDINATOR).when().get("/ui/tracks/" + track).then().statusCode(200)
                .body(containsString("<h1>Traject van Kees de Wit</h1>"))
                .body(containsString("Geldig identiteitsbewijs")).body(containsString("Onderdak direct na vrijlating"))
                .body(containsString("Melding van DJI")).body(containsString("Nog niet vastgelegd"))
                .body(containsString("hx-post=\"/reintegration/ui/tracks/" + track + "/conditions/HOUSING\""))
                .body(containsString("<label class=\"utrecht-form-label\" for=\"status-HOUSING\">"))
                .body(containsString("Nog niet gereed voor vrijlating")).body(containsString("id=\"needs-consent\""))
                .body(not(containsString("1990-05-17")));

        String bij = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("offenceCategory", "SERIOUS_VIOLENT", "mayorNotifiedOn", LocalDate.now().toString()))
                .when().post("/api/tracks/" + track + "/bij").then().statusCode(201).extract().path("id");
        as(COORDINATOR).when().get("/ui/bij").then().statusCode(200)
                .body(containsString("<h1>BIJ-meldingen wachtend op de burgemeester</h1>"))
                .body(containsString("data-id=\"" + bij + "\"")).body(containsString("Ernstig geweldsdelict"))
                .body(containsString(DUTCH.format(LocalDate.now()))).body(not(containsString("SERIOUS_VIOLENT")));
        given().auth().oauth2(COORDINATOR).header("Accept-Language", "en").when().get("/ui/bij").then()
                .body(containsString("<html lang=\"en\"")).body(containsString("BIJ items awaiting the mayor"))
                .body(containsString("Serious violent offence"));
        given().auth().oauth2(Actors.DJI).when().get("/ui").then().statusCode(403);
    }

    @Test
    void refusedSaveKeepsWhatWasTypedWithTheDutchReasonAndSavedOneIsAnnounced() {
        String track = Actors.trackOfNewDetention(LocalDate.now().plusDays(5));
        String row = "/ui/tracks/" + track + "/conditions/HOUSING";

        // without consent: refused, the row comes back with what was typed and the reason in Dutch
        htmx(COORDINATOR).formParam("status", "ARRANGED").formParam("responsiblePartner", "Woonkwartier")
                .formParam("notes", "Kamer vanaf de dag van vrijlating").when().post(row).then().statusCode(422)
                .body(containsString("id=\"condition-HOUSING\"")).body(containsString("value=\"Woonkwartier\""))
                .body(containsString(">Kamer vanaf de dag van vrijlating</textarea>"))
                .body(containsString("<option value=\"ARRANGED\" selected>Geregeld</option>"))
                .body(containsString("id=\"status-HOUSING-error\"")).body(containsString("aria-invalid=\"true\""))
                .body(containsString("Zonder toestemming van de betrokkene kunt u alleen ‘Onbekend’ kiezen"))
                .body(containsString("(de toestemming is nu: niet gevraagd)"))
                .body(containsString("id=\"error-summary\"")).body(containsString("<a href=\"#status-HOUSING\">"))
                .body(containsString("<span class=\"current\">Onbekend</span>")).body(not(containsString("consent")))
                .body(not(containsString("NOT_ASKED")));
        // without JavaScript: the whole page again, with the same
        as(COORDINATOR).contentType(ContentType.URLENC).formParam("status", "ARRANGED")
                .formParam("responsiblePartner", "Woonkwartier").when().post(row).then().statusCode(422)
                .body(containsString("id=\"zvh-logout\"")).body(containsString("value=\"Woonkwartier\""))
                .body(containsString("<a href=\"#status-HOUSING\">"));
        htmx(COORDINATOR).formParam("responsiblePartner", "x".repeat(201)).when().post(row).then().statusCode(422)
                .body(containsString("Kies de status van deze basisvoorwaarde."))
                .body(containsString("Gebruik hoogstens 200 tekens."))
                .body(containsString("<a href=\"#responsiblePartner-HOUSING\">"));

        // consent: Dutch reasons, then saved and announced after the redirect
        as(COORDINATOR).contentType(ContentType.URLENC).formParam("consent", "GIVEN").when()
                .post("/ui/tracks/" + track + "/consent").then().statusCode(422)
                .body(containsString("Vul de datum in waarop de betrokkene toestemming gaf of weigerde."))
                .body(containsString("<option value=\"GIVEN\" selected>Gegeven</option>"));
        as(COORDINATOR).contentType(ContentType.URLENC).formParam("consent", "GIVEN")
                .formParam("date", LocalDate.now().plusDays(1).toString()).when()
                .post("/ui/tracks/" + track + "/consent").then().statusCode(422)
                .body(containsString("Deze datum ligt in de toekomst; vul een datum tot en met vandaag in."));
        as(COORDINATOR).contentType(ContentType.URLENC).formParam("consent", "GIVEN")
                .formParam("date", LocalDate.now().toString()).redirects().follow(false).when()
                .post("/ui/tracks/" + track + "/consent").then().statusCode(303)
                .header("Location", endsWith("/reintegration/ui/tracks/" + track + "?saved=consent"));
        as(COORDINATOR).when().get("/ui/tracks/" + track + "?saved=consent").then().statusCode(200)
                .body(containsString("De toestemming is opgeslagen."))
                .body(containsString("Gegeven op " + DUTCH.format(LocalDate.now())))
                .body(containsString("Re-integratiecoördinator (naam niet vastgelegd)"))
                .body(not(containsString("politie-reintegration-coordinator")));

        String notice = htmx(COORDINATOR).formParam("status", "ARRANGED")
                .formParam("responsiblePartner", "Woonkwartier").when().post(row).then().statusCode(200)
                .body(containsString("id=\"condition-HOUSING\"")).body(containsString("value=\"Woonkwartier\""))
                .body(containsString("<span class=\"current\">Geregeld</span>"))
                .body(containsString("<p id=\"readiness\" hx-swap-oob=\"true\">"))
                .body(containsString("<div id=\"condition-errors\" hx-swap-oob=\"true\"></div>"))
                .body(not(containsString("aria-invalid"))).extract().header("HX-Trigger");
        assertTrue(notice.matches("\\{\"zvhNotice\":\"Onderdak direct na vrijlating: geregeld is opgeslagen.\"}"),
                notice);
        // without JavaScript: back to the track
        as(COORDINATOR).contentType(ContentType.URLENC).formParam("status", "IN_ORDER").redirects().follow(false).when()
                .post("/ui/tracks/" + track + "/conditions/VALID_ID").then().statusCode(303)
                .header("Location", endsWith("/ui/tracks/" + track + "#condition-VALID_ID"));
    }

    @Test
    void coordinatorIsStoredAndShownByName() {
        String named = Jwt.preferredUserName("politie-reintegration-coordinator").subject("lotte-id")
                .groups(Set.of("reintegration-coordinator")).claim("name", "Lotte Visser")
                .claim("organisation", TestInfrastructure.POLICE).claim("house", TestInfrastructure.HOUSE)
                .issuer("https://server.example.com").audience(TestTokens.PLATFORM_AUDIENCE).jws().keyId("1")
                .sign("privateKey.jwk");
        String track = Actors.trackOfNewDetention(LocalDate.now().plusDays(7));
        as(named).contentType(ContentType.URLENC).formParam("consent", "REFUSED")
                .formParam("date", LocalDate.now().toString()).redirects().follow(false).when()
                .post("/ui/tracks/" + track + "/consent").then().statusCode(303);
        as(named).when().get("/ui/tracks/" + track).then().statusCode(200)
                .body(containsString("<dd id=\"coordinator\">Lotte Visser</dd>"))
                .body(containsString("<span id=\"zvh-user\" class=\"zvh-header__name\">Lotte Visser</span>"))
                .body(not(containsString("politie-reintegration-coordinator")));
    }

    @Test
    void everyCodeHasADutchAndAnEnglishLabel() {
        for (Enum<?>[] codes : new Enum<?>[][]{ConditionType.values(), ConditionStatus.values(), Consent.values(),
                TrackSource.values(), BijItem.OffenceCategory.values(), BijItem.Assessment.values(),
                IsdPhase.Phase.values(), Article18bExchange.Direction.values(), NotificationType.values(),
                ProcessingStatus.values(), Escalation.Status.values(), TrackStatus.values(), CloseReason.values(),
                AftercareEntry.Kind.values()}) {
            for (Enum<?> code : codes) {
                assertTrue(Labels.hasLabel(code, "nl"), "nl " + code);
                assertTrue(Labels.hasLabel(code, "en"), "en " + code);
            }
        }
    }
}
