package nl.zvh.trafficking.ui;

import static io.restassured.RestAssured.given;
import static nl.zvh.trafficking.Actors.COORDINATOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import nl.zvh.trafficking.Actors;
import org.junit.jupiter.api.Test;

/**
 * The coordinator registers a signal on screen (a refused save keeps everything typed and says why in Dutch next to
 * the field), finds it and a partner system's signal in the inbox with the filters, opens the signal's page and
 * decides advice or a coordinated approach with the rationale.
 */
@QuarkusTest
class CoordinatorRegistersAndDecidesSignalsOnScreenTest {

    static RequestSpecification form() {
        return given().auth().oauth2(COORDINATOR).header("X-Forwarded-Prefix", "/trafficking")
                .contentType(ContentType.URLENC).redirects().follow(false);
    }

    static RequestSpecification page() {
        return given().auth().oauth2(COORDINATOR).header("X-Forwarded-Prefix", "/trafficking");
    }

    @Test
    void registersASignalOnScreenKeepingWhatWasTypedWhenRefused() {
        page().when().get("/ui/signals/new").then().statusCode(200).body(containsString("<h1>Nieuwe melding</h1>"))
                .body(containsString("Seksuele uitbuiting")).body(containsString("Politie (AVIM)"))
                .body(containsString("<option value=\"Roosendaal\">Roosendaal</option>"))
                .body(not(containsString("POLICE_AVIM<")));

        form().formParam("sourceType", "POLICE_AVIM").formParam("firstName", "Mirela")
                .formParam("lastName", "Constantin").formParam("estimatedAge", "honderd")
                .formParam("description", "Gevonden bij een controle in een nagelstudio").when().post("/ui/signals")
                .then().statusCode(422).body(containsString("value=\"Mirela\""))
                .body(containsString("value=\"Constantin\""))
                .body(containsString("Gevonden bij een controle in een nagelstudio"))
                .body(containsString("<option value=\"POLICE_AVIM\" selected>")).body(containsString("Maak een keuze."))
                .body(containsString("Maak een keuze."))
                .body(containsString("Vul een heel getal in van 0 tot en met 120."))
                .body(containsString("id=\"municipality-error\"")).body(containsString("<a href=\"#municipality\">"))
                .body(not(containsString("is required")));

        // the service's own rule (several types need a primary one), in Dutch next to the field
        form().formParam("sourceType", "POLICE_AVIM").formParam("firstName", "Mirela")
                .formParam("lastName", "Constantin").formParam("exploitationTypes", "SEXUAL")
                .formParam("exploitationTypes", "LABOUR").formParam("residenceStatus", "RELEVANT")
                .formParam("municipality", "Roosendaal").when().post("/ui/signals").then().statusCode(422)
                .body(containsString("id=\"primaryExploitationType-error\""))
                .body(containsString("Kies de belangrijkste uitbuitingsvorm"))
                .body(containsString("value=\"SEXUAL\" checked")).body(containsString("value=\"LABOUR\" checked"))
                .body(containsString("<option value=\"Roosendaal\" selected>"));

        String location = form().formParam("sourceType", "POLICE_AVIM").formParam("firstName", "Mirela")
                .formParam("lastName", "Constantin").formParam("exploitationTypes", "SEXUAL")
                .formParam("exploitationTypes", "LABOUR").formParam("primaryExploitationType", "SEXUAL")
                .formParam("residenceStatus", "RELEVANT").formParam("municipality", "Roosendaal")
                .formParam("dateOfBirth", LocalDate.now().minusYears(16).toString())
                .formParam("indicators", "Geen eigen paspoort\nSlaapt op de werkplek").when().post("/ui/signals").then()
                .statusCode(303).header("Location", containsString("/trafficking/ui/signals/")).extract()
                .header("Location");
        String id = location.replaceAll(".*/ui/signals/([0-9a-f-]+).*", "$1");
        page().when().get("/ui/signals/" + id + "?saved=true").then().statusCode(200)
                .body(containsString("<h1>Melding over Mirela Constantin</h1>"))
                .body(containsString("De melding is vastgelegd."))
                .body(containsString("Vastgelegd door de coördinator"))
                .body(containsString("Seksuele uitbuiting, Arbeidsuitbuiting"))
                .body(containsString("<li>Slaapt op de werkplek</li>")).body(containsString("Nog niet gemeld"))
                .body(containsString("Besluit vastleggen")).body(not(containsString(LocalDate.now().toString())));

        page().when().get("/ui?type=SEXUAL&minor=MINOR").then().statusCode(200)
                .body(containsString("href=\"/trafficking/ui/signals/" + id + "\""))
                .body(containsString("<option value=\"SEXUAL\" selected>"));
        page().when().get("/ui?type=ORGAN_REMOVAL").then().statusCode(200)
                .body(not(containsString("/ui/signals/" + id + "\""))).body(containsString("Filters wissen"));
        page().when().get("/ui?minor=ADULT").then().statusCode(200)
                .body(not(containsString("/ui/signals/" + id + "\"")));
    }

    @Test
    void inboxFiltersByChannelAndSource() {
        Map<String, Object> body = Actors.signal();
        body.put("sourceType", "LABOUR_INSPECTORATE");
        Actors.victim(body).put("lastName", "Kowalczyk");
        String fromPartner = Actors.post(Actors.INSPECTORATE_SYSTEM, "/api/signals", body).statusCode(201).extract()
                .path("id");
        String typedIn = Actors.registered(Actors.signal());
        page().when().get("/ui?channel=PARTNER_API&source=LABOUR_INSPECTORATE").then().statusCode(200)
                .body(containsString("/ui/signals/" + fromPartner + "\"")).body(containsString("Kowalczyk"))
                .body(not(containsString("/ui/signals/" + typedIn + "\"")));
        page().when().get("/ui?channel=COORDINATOR&source=POLICE_AVIM").then().statusCode(200)
                .body(containsString("/ui/signals/" + typedIn + "\""))
                .body(not(containsString("/ui/signals/" + fromPartner + "\"")));
        // a value no select offers filters nothing and breaks nothing
        page().when().get("/ui?channel=NONSENSE").then().statusCode(200);
    }

    @Test
    void decidesAdviceOrACoordinatedApproachWithTheRationale() {
        String advice = Actors.registered(Actors.signal());
        form().formParam("outcome", "ADVICE").formParam("rationale", "Geen acute dreiging; de melder kan verder").when()
                .post("/ui/signals/" + advice + "/decision").then().statusCode(422)
                .body(containsString("Vul het advies in als de uitkomst ‘Advies’ is."))
                .body(containsString("Geen acute dreiging; de melder kan verder"))
                .body(containsString("<option value=\"ADVICE\" selected>"));
        form().formParam("outcome", "ADVICE").formParam("advice", "Verwijs naar het sociaal wijkteam").when()
                .post("/ui/signals/" + advice + "/decision").then().statusCode(422)
                .body(containsString("Vul dit veld in."));
        form().formParam("outcome", "ADVICE").formParam("advice", "Verwijs naar het sociaal wijkteam")
                .formParam("rationale", "Geen acute dreiging").when().post("/ui/signals/" + advice + "/decision").then()
                .statusCode(303).header("Location", containsString("/trafficking/ui/signals/" + advice));
        page().when().get("/ui/signals/" + advice + "?saved=true").then().statusCode(200)
                .body(containsString("Het besluit is vastgelegd: advies."))
                .body(containsString("Verwijs naar het sociaal wijkteam")).body(containsString("Geen acute dreiging"))
                .body(not(containsString("Besluit vastleggen")));
        // decided once: a second decision is refused in Dutch
        form().formParam("outcome", "COORDINATED_APPROACH").formParam("rationale", "Toch").when()
                .post("/ui/signals/" + advice + "/decision").then().statusCode(422)
                .body(containsString("Dit is intussen al vastgelegd of afgesloten."));

        String approach = Actors.registered(Actors.signal());
        String location = form().formParam("outcome", "COORDINATED_APPROACH")
                .formParam("rationale", "Meerdere partners nodig voor opvang en veiligheid").when()
                .post("/ui/signals/" + approach + "/decision").then().statusCode(303)
                .header("Location", containsString("/trafficking/ui/approaches/")).extract().header("Location");
        page().when().get(location.replaceAll(".*/trafficking", "")).then().statusCode(200)
                .body(containsString("De gecoördineerde aanpak is gestart."))
                .body(containsString("href=\"/trafficking/ui/signals/" + approach + "\""));
        page().when().get("/ui/signals/" + approach).then().statusCode(200)
                .body(containsString("Meerdere partners nodig voor opvang en veiligheid"))
                .body(containsString("Naar de aanpak"));
        given().auth().oauth2(Actors.OTHER_HOUSE_COORDINATOR).when().get("/ui/signals/" + approach).then()
                .statusCode(404);
        given().auth().oauth2(COORDINATOR).header("Accept-Language", "en").when().get("/ui/signals/" + approach).then()
                .statusCode(200).body(containsString("<html lang=\"en\"")).body(containsString("Go to the approach"))
                .body(containsString("Coordinated approach")).body(not(containsString("Naar de aanpak")));
        given().auth().oauth2(COORDINATOR).header("Accept-Language", "en").when().get("/ui/signals/new").then()
                .statusCode(200).body(containsString("<h1>New signal</h1>")).body(containsString("Exploitation types"));
        given().auth().oauth2(Actors.POLICE_SYSTEM).when().get("/ui/signals/new").then().statusCode(403);
    }
}
