package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.deploy.ui.Axe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * National familiarity check (issue 25) through the gateway with real Keycloak tokens. A person with an open CoVeCa
 * case in Haaglanden (referred there, the table started the approach) is referred in De Markiezaten. On the file the
 * Markiezaten chair presses "Vraag landelijk na" and reads "Bekend bij Zorg- en Veiligheidshuis Haaglanden sinds ..."
 * and nothing of Haaglanden's referral (its question stays out of the page). Neither house's rows in the national
 * index or the answers hold the BSN in clear (the triage database is read directly); Haaglanden's privacy officer
 * finds in the audit log that De Markiezaten's chair asked about its person, De Markiezaten's that its chair asked.
 *
 * <p>
 * Would fail without the controls: a check that copied the other house's referral would show its question on the
 * page; an index of plain BSNs would be found by the BSN query; an answer audited only at the asking house leaves
 * Haaglanden's log without the entry.
 */
@ExtendWith(LocalStack.class)
class PersonKnownInHaaglandenIsNamedOnTheMarkiezatenFileIT {

    static RequestSpecification as(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void theMarkiezatenChairLearnsOnlyThatHaaglandenKnowsThePerson() {
        String bsn = BreakGlassIsReportedToThePrivacyOfficerIT.randomBsn();
        String surname = "Verhuisd" + UUID.randomUUID().toString().substring(0, 6);
        String haaglandenQuestion = "Woonoverlast en schulden in Den Haag "
                + UUID.randomUUID().toString().substring(0, 6);

        // Haaglanden: referred, and the table starts a CoVeCa approach (an open case there)
        String haaglandenChair = Keycloak.userToken("haaglanden-triage-chair");
        String inHaaglanden = refer("haaglanden-referrer", "Den Haag", bsn, surname, haaglandenQuestion);
        TriageTable.onTheTable(haaglandenChair, inHaaglanden, "E2E: landelijke bekendheid Haaglanden");
        as(haaglandenChair)
                .body(Map.of("outcome", "APPROACH_STARTED", "programme", "COVECA", "intensity", "MAATWERK",
                        "subApproach", "REGULAR", "rationale", "Meerdere leefgebieden", "membersPresent",
                        List.of("Politie Eenheid Den Haag")))
                .when().post("/triage/api/triage/referrals/" + inHaaglanden + "/decision").then().statusCode(201);

        // De Markiezaten: the same person referred after the move
        String chair = Keycloak.userToken("politie-triage-chair");
        String inMarkiezaten = refer("politie-referrer", "Roosendaal", bsn, surname, "Nieuw in Roosendaal, zorgen");
        TriageTable.onTheTable(chair, inMarkiezaten, "E2E: landelijke bekendheid De Markiezaten");

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(20_000);
            page.navigate(LocalStack.GATEWAY + "/triage/ui/referrals/" + inMarkiezaten);
            Browser.logIn(page, "politie-triage-chair");
            page.waitForSelector("#national-heading");
            assertTrue(page.textContent("#national").contains("Nog niet nagevraagd"), page.textContent("#national"));
            page.click("#national-ask");
            page.waitForSelector("#saved");
            String national = page.textContent("#national");
            Browser.screenshot(page, "issue25-national-01-known-at-haaglanden");
            assertTrue(page.textContent("#saved").contains("1 persoon is bekend bij een ander huis"),
                    page.textContent("#saved"));
            String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).format(
                    java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl")));
            assertTrue(national.contains("Bekend bij Zorg- en Veiligheidshuis Haaglanden sinds " + today), national);
            assertTrue(national.contains("herkend aan het BSN"), national);
            String html = page.content();
            assertFalse(html.contains(haaglandenQuestion), "nothing of Haaglanden's referral on the page");
            assertFalse(html.contains(inHaaglanden), "not even its id");
            assertEquals(List.of(), Axe.run(page), "the file with the answer passes axe");
        }

        // in the API too: the chair only; a member of the table is refused
        as(chair).when().get("/triage/api/referrals/" + inMarkiezaten + "/national-checks").then().statusCode(200)
                .body("[0].persons[0].knownAt.houseName", hasItem("Zorg- en Veiligheidshuis Haaglanden"));
        as(Keycloak.userToken("politie-triage-member")).when()
                .get("/triage/api/referrals/" + inMarkiezaten + "/national-checks").then().statusCode(403);

        // no BSN in clear in the index or the answers, whichever house's rows
        assertEquals(0L, Database.count("triage",
                "select count(*) from national_person_key k where cast(k as text) " + "like ?", "%" + bsn + "%"));
        assertEquals(0L, Database.count("triage",
                "select count(*) from national_check_hit h where cast(h as text) " + "like ?", "%" + bsn + "%"));
        assertEquals(1L, Database.count("triage", "select count(*) from national_person_key where referral_id = "
                + "cast(? as uuid) and length(bsn_key) = 64 and house = 'haaglanden'", inHaaglanden));

        // both houses' audit logs
        String haaglandenOfficer = Keycloak.privacyOfficerToken("zvhh-privacy-officer");
        as(haaglandenOfficer).when().get("/triage/api/audit?limit=1000&resourceId=" + inHaaglanden).then()
                .statusCode(200).body("find { it.resourceType == 'national-person-key' }.organisation",
                        equalTo("Politie Zeeland-West-Brabant"));
        String markiezatenOfficer = Keycloak.privacyOfficerToken("markiezaten-privacy-officer");
        String checkId = as(chair).when().get("/triage/api/referrals/" + inMarkiezaten + "/national-checks").then()
                .extract().path("[0].checkId");
        as(markiezatenOfficer).when().get("/triage/api/audit?limit=1000&resourceId=" + checkId).then().statusCode(200)
                .body("resourceType", hasItem("national-check")).body("action", hasItem("CREATE"));
    }

    private static String refer(String referrer, String municipality, String bsn, String surname, String question) {
        Map<String, Object> referral = Map.of("mainPerson",
                Map.of("firstName", "Kees", "lastName", surname, "dateOfBirth", "1970-04-04", "bsn", bsn),
                "municipality", municipality, "problemAreas", List.of("HOUSING_NUISANCE", "DEBTS"), "question",
                question, "urgency", "NORMAL", "personInformed", "INFORMED");
        return as(Keycloak.userToken(referrer)).body(referral).when().post("/intake/api/referrals").then()
                .statusCode(201).extract().path("id");
    }

    /** The referral in the chair's queue, then on a session of today that has started. */
}
