package nl.zvh.triage.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import nl.zvh.triage.PublishedEvents;
import nl.zvh.triage.TableMeets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The table's UI in Dutch: the referral's file with the check status, the chair scores and decides through the
 * forms (refused saves come back in Dutch with what was typed; saved ones redirect to a gateway path and are
 * announced), the agenda lists the referral, a partner member answers its check in the UI.
 */
@QuarkusTest
class TableWorksThroughTheFileInDutchTest {
    static final String CHAIR = TestTokens.token("voorzitter", "ZVH De Markiezaten", "markiezaten", "triage-chair",
            "triage-member");
    static final String POLICE_MEMBER = TestTokens.token("politie-lid", "Politie Zeeland-West-Brabant", "markiezaten",
            "triage-member");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void chairScoresAndDecidesInTheFileAndThePoliceAnswersItsCheck() throws Exception {
        String referralId = UUID.randomUUID().toString();
        IntakeSamples.send(bootstrap, referralId, IntakeSamples.submitted(referralId, Instant.now()));
        PublishedEvents.await(bootstrap, "zvh.triage.decision", 1,
                PublishedEvents.ofType("ReferralScheduled", referralId));
        String file = "/ui/referrals/" + referralId;

        given().auth().oauth2(POLICE_MEMBER).when().get("/ui/checks").then().statusCode(200)
                .body(containsString("Bekendheidschecks van mijn organisatie")).body(containsString("111222333"));
        String checkId = given().auth().oauth2(POLICE_MEMBER).when().get("/api/triage/checks").then().extract()
                .path("find { it.referralId == '" + referralId + "' }.checkId");
        // refused: known without a summary; the page comes back in Dutch with what was typed
        given().auth().oauth2(POLICE_MEMBER).redirects().follow(false).formParam("known", "true")
                .formParam("summary", " ").formParam("sourceSystem", "BVH-typed").formParam("sensitivity", "SENSITIVE")
                .header("X-Forwarded-Prefix", "/triage").when().post("/ui/checks/" + checkId + "/answer").then()
                .statusCode(422).contentType(containsString("text/html"))
                .body(containsString("Schrijf een korte samenvatting")).body(containsString("id=\"error-summary\""))
                .body(containsString("value=\"BVH-typed\"")).body(containsString("value=\"SENSITIVE\" selected"));
        given().auth().oauth2(POLICE_MEMBER).redirects().follow(false).formParam("summary", "x")
                .formParam("sensitivity", "NORMAL").when().post("/ui/checks/" + checkId + "/answer").then()
                .statusCode(422).body(containsString("Kies of een van de personen bij uw organisatie bekend is."));
        // saved: 303 to a gateway path (never the service's own host and port), announced on the page
        String saved = given().auth().oauth2(POLICE_MEMBER).redirects().follow(false).formParam("known", "true")
                .formParam("summary", "Bekend bij wijkagent").formParam("sourceSystem", "BVH")
                .formParam("sensitivity", "NORMAL").header("X-Forwarded-Prefix", "/triage").when()
                .post("/ui/checks/" + checkId + "/answer").then().statusCode(303)
                .header("Location", startsWith("/triage/ui/checks?")).extract().header("Location");
        given().auth().oauth2(POLICE_MEMBER).when().get(saved.substring("/triage".length())).then().statusCode(200)
                .body(containsString("Uw antwoord over Jan van der Berg is opgeslagen."))
                .body(containsString("Normaal: mag aan tafel besproken worden")).body(not(containsString(">NORMAL<")));

        given().auth().oauth2(CHAIR).when().get(file).then().statusCode(200)
                .body(containsString("Dossier: Jan van der Berg")).body(containsString("Zichtbaar vanaf de zitting"))
                .body(containsString("Personen in de aanmelding")).body(containsString("Fatima El Amrani"))
                .body(containsString("Systeemlid (partner)")).body(not(containsString("Bekend bij wijkagent")))
                .body(containsString("Besluit vastleggen"));
        given().auth().oauth2(POLICE_MEMBER).when().get(file).then().statusCode(200)
                .body(containsString("Bekend bij wijkagent")).body(not(containsString("Besluit vastleggen")));

        given().auth().oauth2(CHAIR).redirects().follow(false).formParam("score.DOMESTIC_VIOLENCE", "7")
                .formParam("multipleLifeDomains", "on").when().post(file + "/assessment").then().statusCode(422)
                .body(containsString("Kies een score van 0 tot en met 3.")).body(containsString("id=\"error-summary\""))
                .body(containsString("id=\"multipleLifeDomains\" name=\"multipleLifeDomains\" checked"));
        given().auth().oauth2(CHAIR).redirects().follow(false).formParam("score.DOMESTIC_VIOLENCE", "3")
                .formParam("multipleLifeDomains", "on").formParam("severalChainsWithCoercion", "on")
                .formParam("impactOnFamilyOrEnvironment", "on").header("X-Forwarded-Prefix", "/triage").when()
                .post(file + "/assessment").then().statusCode(303)
                .header("Location", equalTo("/triage" + file + "?saved=assessment"));
        given().auth().oauth2(CHAIR).when().get(file + "?saved=assessment").then()
                .body(containsString("De scores zijn opgeslagen."))
                .body(containsString("Aanpak gestart — Complexe casuïstiek (CoVeCa), Maatwerk (intensief)"));
        given().auth().oauth2(POLICE_MEMBER).formParam("outcome", "NO_ACTION").formParam("rationale", "x")
                .formParam("membersPresent", "OM").when().post(file + "/decision").then().statusCode(403);
        // refused by the form: nothing chosen, nothing typed
        given().auth().oauth2(CHAIR).redirects().follow(false).formParam("outcome", "").formParam("rationale", "")
                .formParam("membersPresent", "").when().post(file + "/decision").then().statusCode(422)
                .body(containsString("Kies de uitkomst."))
                .body(containsString("Schrijf de onderbouwing van het besluit."))
                .body(containsString("Noem de partners die aan tafel zaten."));
        // refused by the decision rules: a CoVeCa approach without intensity; what was typed stays
        given().auth().oauth2(CHAIR).redirects().follow(false).formParam("outcome", "APPROACH_STARTED")
                .formParam("programme", "COVECA").formParam("subApproach", "MDA_PLUS_PLUS")
                .formParam("rationale", "Meerdere leefgebieden, getypt")
                .formParam("membersPresent", "Openbaar Ministerie").when().post(file + "/decision").then()
                .statusCode(422).contentType(containsString("text/html"))
                .body(containsString("Kies de intensiteit: bij een CoVeCa-aanpak is die verplicht."))
                .body(containsString("Meerdere leefgebieden, getypt"))
                .body(containsString("value=\"Openbaar Ministerie\""))
                .body(containsString("value=\"MDA_PLUS_PLUS\" selected"));
        // refused before the session: the table decides at the table; the page says so in Dutch, input kept
        given().auth().oauth2(CHAIR).redirects().follow(false).formParam("outcome", "APPROACH_STARTED")
                .formParam("programme", "COVECA").formParam("intensity", "MAATWERK")
                .formParam("subApproach", "MDA_PLUS_PLUS").formParam("rationale", "Meerdere leefgebieden")
                .formParam("membersPresent", "Openbaar Ministerie, Politie Zeeland-West-Brabant").when()
                .post(file + "/decision").then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString("de zitting van deze aanmelding is nog niet begonnen"))
                .body(containsString("value=\"Openbaar Ministerie, Politie Zeeland-West-Brabant\""))
                .body(containsString("Meerdere leefgebieden"));
        // the table meets tonight; the chair opens the meeting on the agenda page
        String tonight = TableMeets.extraSessionToday(CHAIR, "23:59");
        given().auth().oauth2(CHAIR).redirects().follow(false).formParam("sessionId", UUID.randomUUID().toString())
                .formParam("reason", "getypte reden").when().post(file + "/session").then().statusCode(422)
                .body(containsString("Maak een keuze.")).body(containsString("value=\"getypte reden\""));
        given().auth().oauth2(CHAIR).redirects().follow(false).formParam("sessionId", tonight)
                .formParam("reason", "De tafel zit vanavond").header("X-Forwarded-Prefix", "/triage").when()
                .post(file + "/session").then().statusCode(303)
                .header("Location", equalTo("/triage" + file + "?saved=moved"));
        given().auth().oauth2(CHAIR).when().get(file + "?saved=moved").then().statusCode(200)
                .body(containsString("De aanmelding staat op de agenda van de gekozen zitting."));
        given().auth().oauth2(CHAIR).when().get(file).then().statusCode(200)
                .body(containsString("/ui/agenda?session=" + tonight))
                .body(containsString("nog niet begonnen: besluiten kan vanaf het begin van de zitting"));
        given().auth().oauth2(CHAIR).when().get("/ui/agenda?session=" + tonight).then().statusCode(200)
                .body(containsString("Nog niet begonnen")).body(containsString("Vergadering openen"));
        given().auth().oauth2(POLICE_MEMBER).redirects().follow(false).when()
                .post("/ui/agenda/sessions/" + tonight + "/open").then().statusCode(403);
        given().auth().oauth2(CHAIR).redirects().follow(false).header("X-Forwarded-Prefix", "/triage").when()
                .post("/ui/agenda/sessions/" + tonight + "/open").then().statusCode(303)
                .header("Location", equalTo("/triage/ui/agenda?session=" + tonight + "&saved=opened"));
        given().auth().oauth2(CHAIR).when().get("/ui/agenda?session=" + tonight + "&saved=opened").then()
                .statusCode(200).body(containsString("De vergadering is geopend."))
                .body(containsString("De voorzitter heeft de vergadering om"))
                .body(not(containsString("id=\"open-session\"")));
        given().auth().oauth2(CHAIR).redirects().follow(false).formParam("outcome", "APPROACH_STARTED")
                .formParam("programme", "COVECA").formParam("intensity", "MAATWERK")
                .formParam("subApproach", "MDA_PLUS_PLUS").formParam("rationale", "Meerdere leefgebieden")
                .formParam("membersPresent", "Openbaar Ministerie, Politie Zeeland-West-Brabant")
                .header("X-Forwarded-Prefix", "/triage").when().post(file + "/decision").then().statusCode(303)
                .header("Location", equalTo("/triage" + file + "?saved=decision"));
        given().auth().oauth2(CHAIR).when().get(file + "?saved=decision").then()
                .body(containsString("Het besluit is vastgelegd"))
                .body(containsString("Terugkoppeling in dezelfde week")).body(containsString("Maatwerk (intensief)"))
                .body(containsString("MDA++")).body(not(containsString("Besluit vastleggen")));
        // a second decision is refused in Dutch, on the page
        given().auth().oauth2(CHAIR).redirects().follow(false).formParam("outcome", "NO_ACTION")
                .formParam("rationale", "Tweede keer").formParam("membersPresent", "OM").when().post(file + "/decision")
                .then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString("Dossier: Jan van der Berg"))
                .body(containsString("Over deze aanmelding is al besloten; een tweede besluit is niet mogelijk."));
        given().auth().oauth2(CHAIR).header("Accept-Language", "en").when().get(file).then()
                .body(containsString("Time from referral to feedback")).body(containsString("Complex cases (CoVeCa)"))
                .body(containsString("Tailored (intensive)")).body(not(containsString("Maatwerk (intensief)")));

        given().auth().oauth2(CHAIR).when().get("/ui/agenda").then().statusCode(200)
                .body(containsString("Agenda van de triagetafel"));
        given().auth().oauth2(TestTokens.token("dh", "Politie Eenheid Den Haag", "haaglanden", "triage-chair")).when()
                .get(file).then().statusCode(404);
    }
}
