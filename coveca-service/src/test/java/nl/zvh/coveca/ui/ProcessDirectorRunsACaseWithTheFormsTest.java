package nl.zvh.coveca.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.coveca.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A process director runs a case with the forms of the pages only: opens it by hand (a refused form keeps what was
 * typed and says in Dutch what is wrong), adds a family member and a partner, plans a network meeting and records
 * its minutes on the meeting page, changes intensity and sub-approach, lets a family member leave and a partner's
 * involvement end, writes safety notes every reader sees, writes goals and agreements, drops one with a reason, scores two monitoring
 * rounds, escalates and answers, writes a ZSM scenario and prints it as a one-page PDF; another house's director gets 404 on the pages and forms.
 */
@QuarkusTest
class ProcessDirectorRunsACaseWithTheFormsTest {
    static final Pattern CASE = Pattern.compile("/coveca/ui/cases/([0-9a-f-]{36})");

    @Test
    void opensAndRunsACase() {
        String police = Tokens.policeDirector();
        as(police).when().get("/ui/cases/new").then().statusCode(200)
                .body(containsString("<h1>Casus handmatig openen</h1>")).body(containsString("Maatwerk (intensief)"));
        String refused = as(police)
                .formParams(Map.of("municipality", "Roosendaal", "intensity", "MAATWERK", "subApproach", "REGULAR",
                        "mainFirstName", "Karel", "mainBsn", "12ab"))
                .when().post("/ui/cases").then().statusCode(422).body(containsString("Er ging iets mis"))
                .body(containsString("value=\"Karel\"")).extract().asString();
        assertEquals("Vul dit veld in.", Pages.fieldError(refused, "mainLastName"));
        assertEquals("Een BSN bestaat uit negen cijfers.", Pages.fieldError(refused, "mainBsn"));

        String location = as(police)
                .formParams(Map.of("municipality", "Roosendaal", "intensity", "MAATWERK", "subApproach", "REGULAR",
                        "mainFirstName", "Karel", "mainLastName", "Formulier", "mainDateOfBirth", "1980-05-01"))
                .when().post("/ui/cases").then().statusCode(303).extract().header("Location");
        Matcher m = CASE.matcher(location);
        assertTrue(m.find(), location);
        String caseId = m.group(1);
        String base = "/ui/cases/" + caseId;
        as(police).when().get(base + "?saved=case-title").then().statusCode(200).body(containsString("Opgeslagen."))
                .body(containsString("Karel Formulier")).body(containsString("Handmatig geopend"))
                .body(not(containsString("id=\"take-over\"")));

        post(police, base + "/persons",
                Map.of("personFirstName", "Lotte", "personLastName", "Formulier", "personRelation", "CHILD"), 303);
        String badPartner = post(police, base + "/partners",
                Map.of("partnerOrganisation", "Woonkwartier", "partnerContactEmail", "geen-adres"), 422);
        assertEquals("Vul een geldig e-mailadres in.", Pages.fieldError(badPartner, "partnerContactEmail"));
        post(police, base + "/partners", Map.of("partnerOrganisation", "Woonkwartier", "partnerContactName", "J. Smits",
                "partnerContactEmail", "j.smits@example.org"), 303);
        as(police).when().get(base).then().statusCode(200).body(containsString("Systeemlid (kind)"))
                .body(containsString("Lotte Formulier")).body(containsString("mailto:j.smits@example.org"));

        String noText = post(police, base + "/safety-notes", Map.of("safetyKind", "DOG"), 422);
        assertEquals("Vul dit veld in.", Pages.fieldError(noText, "safetyText"));
        post(police, base + "/safety-notes", Map.of("safetyKind", "DOG", "safetyText", "Grote hond in de tuin"), 303);
        post(police, base + "/safety-notes",
                Map.of("safetyKind", "DO_NOT_VISIT_ALONE", "safetyText", "Altijd met z'n tweeën"), 303);
        String warned = as(Tokens.housingDirector()).when().get(base).then().statusCode(200)
                .body(containsString("<h2 id=\"safety-heading\">Let op</h2>")).extract().asString();
        assertTrue(Pattern.compile("<strong>Hond</strong>: Grote hond in de tuin \\([^)]*\\d{4} \\d{2}:\\d{2}\\)")
                .matcher(warned).find(), "the first note stays, with its author and date");
        assertTrue(warned.contains("<strong>Niet alleen op huisbezoek</strong>: Altijd met z&#39;n tweeën"),
                "the partner's director sees every note");

        String today = LocalDate.now().toString();
        String noPlace = post(police, base + "/meetings",
                Map.of("meetingKind", "NETWORK_MEETING", "meetingDate", today, "meetingTime", "00:05"), 422);
        assertEquals("Vul een locatie in of kies online.", Pages.fieldError(noPlace, "meetingLocation"));
        post(police, base + "/meetings",
                Map.of("meetingKind", "NETWORK_MEETING", "meetingDate", today, "meetingTime", "00:05", "meetingOnline",
                        "true", "meetingAgenda", "Kennismaking", "meetingInvitees",
                        "Woonkwartier, J. Smits\nPolitie Zeeland-West-Brabant"),
                303);
        Matcher meeting = Pattern.compile(base.replace("/ui", "/coveca/ui") + "/meetings/([0-9a-f-]{36})")
                .matcher(as(police).when().get(base).then().extract().asString());
        assertTrue(meeting.find(), "the case page links to the meeting page");
        String meetingPage = base + "/meetings/" + meeting.group(1);
        as(police).when().get(meetingPage).then().statusCode(200).body(containsString("Verslag vastleggen"))
                .body(containsString("Woonkwartier (J. Smits)")).body(containsString("Kennismaking"));
        post(police, meetingPage + "/minutes", Map.of("attended-0", "true", "clientPresent", "true", "minutes",
                "Karel vertelde over zijn schulden.", "decisions", "Budgetcoach inschakelen\nHuisbezoek plannen"), 303);
        as(police).when().get(meetingPage + "?saved=1").then().statusCode(200).body(containsString("Opgeslagen."))
                .body(containsString("Karel vertelde over zijn schulden.")).body(containsString("Huisbezoek plannen"))
                .body(containsString("Woonkwartier (J. Smits): aanwezig"))
                .body(containsString("Politie Zeeland-West-Brabant: afwezig"))
                .body(not(containsString("id=\"record-minutes\"")));
        String twice = post(police, meetingPage + "/minutes", Map.of("clientPresent", "false", "minutes", "Nog eens"),
                422);
        assertTrue(twice.contains("<a href=\"#minutes\">Het verslag van dit overleg is al vastgelegd.</a>"), twice);

        post(police, base + "/plan/goals",
                Map.of("goalDomain", "FINANCES", "goalDescription", "Schulden onder controle"), 303);
        post(police, base + "/plan/agreements",
                Map.of("agreementDescription", "Aanmelden bij budgetcoach", "agreementOrganisation", "Woonkwartier",
                        "agreementPerson", "J. Smits", "agreementDueDate", LocalDate.now().plusDays(14).toString()),
                303);
        post(police, base + "/plan/agreements", Map.of("agreementDescription", "Huisbezoek afleggen",
                "agreementOrganisation", "Woonkwartier", "agreementDueDate", LocalDate.now().plusDays(7).toString()),
                303);
        String page = as(police).when().get(base).then().statusCode(200)
                .body(containsString("Financiën: Schulden onder controle")).extract().asString();
        Matcher visit = Pattern.compile("<option value=\"([0-9a-f-]{36})\">Huisbezoek afleggen</option>").matcher(page);
        assertTrue(visit.find(), "open agreements can be dropped");
        String noReason = post(police, base + "/plan/dropped", Map.of("dropAgreement", visit.group(1)), 422);
        assertEquals("Vul dit veld in.", Pages.fieldError(noReason, "dropReason"));
        post(police, base + "/plan/dropped",
                Map.of("dropAgreement", visit.group(1), "dropReason", "Karel komt zelf naar kantoor"), 303);
        as(police).when().get(base).then().body(containsString("Vervallen: Karel komt zelf naar kantoor"));

        String personId = given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().extract()
                .path("persons[0].personId");
        String noScore = post(police, base + "/monitoring", Map.of("monitoringPerson", personId), 422);
        assertEquals("Geef ten minste één leefgebied een score.", Pages.fieldError(noScore, "monitoringPerson"));
        post(police, base + "/monitoring", Map.of("monitoringPerson", personId, "score-FINANCES", "2", "monitoringDate",
                LocalDate.now().minusDays(30).toString()), 303);
        post(police, base + "/monitoring", Map.of("monitoringPerson", personId, "score-FINANCES", "4"), 303);
        assertTrue(as(police).when().get(base).then().extract().asString()
                .contains("id=\"chart-" + personId + "\" data-rounds=\"2\""), "two rounds show a trend");

        String wrongWay = post(police, base + "/escalations", Map.of("escalationDirection", "DE_ESCALATE",
                "escalationLevel", "ADMINISTRATIVE", "escalationQuestion", "Afschalen?"), 422);
        assertTrue(Pages.fieldError(wrongWay, "escalationDirection").startsWith("Deze stap past niet"), wrongWay);
        post(police, base + "/escalations", Map.of("escalationDirection", "ESCALATE", "escalationLevel", "PROCESS",
                "escalationQuestion", "Wie regelt de schuldhulp?"), 303);
        Matcher step = Pattern.compile("<option value=\"([0-9a-f-]{36})\">Wie regelt de schuldhulp\\?</option>")
                .matcher(as(police).when().get(base).then().body(containsString("Procesniveau")).extract().asString());
        assertTrue(step.find(), "the open escalation can be answered");
        post(police, base + "/escalations/answer",
                Map.of("answerEscalation", step.group(1), "answerText", "De gemeente pakt het op."), 303);
        as(police).when().get(base).then().body(containsString("De gemeente pakt het op."))
                .body(not(containsString("id=\"answer-escalation\"")));

        post(police, base + "/classification", Map.of("caseIntensity", "PGA", "caseSubApproach", "HIGH_IMPACT_CRIME"),
                303);
        String lotte = given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().extract()
                .path("persons.find { it.firstName == 'Lotte' }.personId");
        post(police, base + "/persons/" + lotte + "/end", Map.of(), 303);
        post(police, base + "/persons/" + lotte + "/end", Map.of(), 422);
        post(police, base + "/persons/" + personId + "/end", Map.of(), 422);
        post(police, base + "/partners/end", Map.of("organisation", "Woonkwartier"), 303);
        String after = as(police).when().get(base).then().statusCode(200)
                .body(containsString("Persoonsgerichte aanpak (PGA)")).body(containsString("High impact crime"))
                .body(containsString("Lotte Formulier (vertrokken op "))
                .body(containsString("Woonkwartier (betrokken tot ")).extract().asString();
        assertFalse(after.contains("id=\"end-person-" + lotte + "\""), "a person leaves once");
        assertFalse(after.contains("id=\"end-person-" + personId + "\""), "the main person stays");

        String noScenario = post(police, base + "/zsm", Map.of("zsmPerson", personId), 422);
        assertEquals("Vul dit veld in.", Pages.fieldError(noScenario, "zsmScenario"));
        post(police, base + "/zsm",
                Map.of("zsmPerson", personId, "zsmScenario",
                        "Bij een nieuwe aanhouding: snelrecht met bijzondere voorwaarde schuldhulp.", "zsmAdvice",
                        "Geen sepot; contact met de procesregisseur."),
                303);
        Matcher scenario = Pattern.compile(base.replace("/ui", "/coveca/ui") + "/zsm/([0-9a-f-]{36})\"")
                .matcher(as(police).when().get(base).then().extract().asString());
        assertTrue(scenario.find(), "the case page lists the scenario");
        String scenarioPage = base + "/zsm/" + scenario.group(1);
        as(police).when().get(scenarioPage).then().statusCode(200)
                .body(containsString("ZSM-scenario voor Karel Formulier"))
                .body(containsString("snelrecht met bijzondere voorwaarde schuldhulp"))
                .body(containsString("Afdrukken als pdf"));
        byte[] pdf = as(police).when().get(scenarioPage + ".pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        String outsider = Tokens.otherHouseDirector();
        as(outsider).when().get(base).then().statusCode(404);
        as(outsider).formParams(Map.of("personFirstName", "X", "personLastName", "Y", "personRelation", "CHILD")).when()
                .post(base + "/persons").then().statusCode(404);
        as(outsider).when().get(meetingPage).then().statusCode(404);
        as(outsider).when().get(scenarioPage + ".pdf").then().statusCode(404);
        given().auth().oauth2(Tokens.analyst()).when().get("/ui/cases/new").then().statusCode(403);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).header("X-Forwarded-Prefix", "/coveca").redirects().follow(false);
    }

    static String post(String token, String path, Map<String, String> form, int status) {
        return as(token).formParams(form).when().post(path).then().statusCode(status)
                .header("Location", status == 303 ? containsString("/coveca/ui/cases/") : nullValue()).extract()
                .asString();
    }
}
