package nl.zvh.intake.ui;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.zvh.intake.TriageSamples;
import nl.zvh.platform.testing.TestTokens;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The portal without JavaScript, as the gateway serves it: the referrer adds and removes family members in the form
 * (up to the API's twenty) without losing anything typed, files a family of five and reads the confirmation with the
 * reference and what happens next; withdraws a referral with a reason after a confirmation step; and is told in
 * Dutch that a referral the triage table already decided can no longer be withdrawn.
 */
@QuarkusTest
class ReferrerFilesAFamilyAndWithdrawsInThePortalTest {
    private static final String[][] FAMILY = {{"PARTNER", "Marja", "1977-02-11"}, {"CHILD", "Lotte", "2010-01-01"},
            {"CHILD", "Daan", "2012-05-17"}, {"PARENT", "Gerrit", "1950-09-03"}, {"SIBLING", "Kees", "1979-12-24"}};

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final String police = TestTokens.token("agent-gezin", POLICE, HOUSE, "referrer");

    private RequestSpecification asPolice() {
        return given().auth().oauth2(police).header("X-Forwarded-Prefix", "/intake").redirects().follow(false);
    }

    private RequestSpecification formPost(Map<String, Object> form) {
        return asPolice().contentType("application/x-www-form-urlencoded").formParams(form);
    }

    @Test
    void familyMembersAreAddedAndRemovedWithoutLosingWhatWasTyped() {
        asPolice().when().get("/ui/referrals/new").then().statusCode(200).body(containsString("id=\"member-0\""))
                .body(not(containsString("id=\"member-1\""))).body(containsString("name=\"memberCount\" value=\"1\""))
                .body(containsString(">Systeemlid toevoegen</button>"))
                .body(containsString("U kunt ten hoogste 20 systeemleden opgeven."));

        Map<String, Object> form = mainPerson("Toevoeg");
        member(form, 0, FAMILY[0]);
        form.put("memberCount", "1");
        form.put("action", "addMember");
        formPost(form).when().post("/ui/referrals").then().statusCode(200).body(containsString("id=\"member-1\""))
                .body(containsString("name=\"memberCount\" value=\"2\""))
                .body(containsString("name=\"systemMembers[0].firstName\" value=\"Marja\""))
                .body(containsString("value=\"Toevoeg\"")).body(containsString(">Systeemlid 2 verwijderen</button>"))
                .body(not(containsString("id=\"error-summary\"")));

        Map<String, Object> three = mainPerson("Verwijder");
        for (int i = 0; i < 3; i++) {
            member(three, i, FAMILY[i]);
        }
        three.put("memberCount", "3");
        three.put("action", "removeMember-1");
        formPost(three).when().post("/ui/referrals").then().statusCode(200)
                .body(containsString("name=\"memberCount\" value=\"2\""))
                .body(containsString("name=\"systemMembers[0].firstName\" value=\"Marja\""))
                .body(containsString("name=\"systemMembers[1].firstName\" value=\"Daan\""))
                .body(not(containsString("value=\"Lotte\""))).body(not(containsString("id=\"member-2\"")));

        Map<String, Object> full = mainPerson("Vol");
        full.put("memberCount", "20");
        full.put("action", "addMember");
        formPost(full).when().post("/ui/referrals").then().statusCode(200).body(containsString("id=\"member-19\""))
                .body(not(containsString("id=\"member-20\""))).body(not(containsString("id=\"add-member\"")));
    }

    @Test
    void aFamilyOfFiveIsFiledAndConfirmedWithItsReference() {
        Map<String, Object> form = complete("Vijf");
        for (int i = 0; i < FAMILY.length; i++) {
            member(form, i, FAMILY[i]);
        }
        form.put("memberCount", "5");
        String location = formPost(form).formParam("problemAreas", "DEBTS").when().post("/ui/referrals").then()
                .statusCode(303).header("Location", matchesPattern("/intake/ui/referrals/[0-9a-f-]{36}\\?notice=filed"))
                .extract().header("Location");
        String id = location.replaceAll(".*/referrals/([0-9a-f-]{36}).*", "$1");

        asPolice().when().get(location.substring("/intake".length())).then().statusCode(200)
                .body(containsString("Uw aanmelding van Henk Vijf is ingediend."))
                .body(containsString("<h2 id=\"confirmation-heading\">Uw aanmelding is ontvangen</h2>"))
                .body(containsString("<dd id=\"reference\"><strong>" + id + "</strong></dd>"))
                .body(containsString("Wat gebeurt er nu?")).body(containsString("onder Berichten"))
                .body(containsString("Marja Vijf (Partner)")).body(containsString("Kees Vijf (Broer of zus)"))
                .body(containsString("Gerrit Vijf (Ouder)")).body(containsString("Schulden"))
                .body(not(containsString(">DEBTS"))).body(not(containsString("SIBLING")));
        given().auth().oauth2(police).when().get("/api/referrals/" + id).then().statusCode(200)
                .body("systemMembers.size()", equalTo(5)).body("systemMembers[4].firstName", equalTo("Kees"));
        // the page without ?notice=filed is the plain referral page
        asPolice().when().get("/ui/referrals/" + id).then().statusCode(200)
                .body(not(containsString("id=\"confirmation\"")));
    }

    @Test
    void theReferrerWithdrawsWithAReasonAfterConfirming() {
        String id = file("Intrek");
        asPolice().when().get("/ui/referrals/" + id).then().statusCode(200)
                .body(containsString("action=\"/intake/ui/referrals/" + id + "/withdraw\""))
                .body(containsString("<summary class=\"utrecht-button utrecht-button--secondary-action\">"
                        + "Aanmelding intrekken</summary>"))
                .body(containsString(">Ja, aanmelding intrekken</button>"));

        asPolice().contentType("application/x-www-form-urlencoded").formParam("reason", " ").when()
                .post("/ui/referrals/" + id + "/withdraw").then().statusCode(422)
                .body(containsString("id=\"reason-error\"")).body(containsString("Geef de reden van intrekken."))
                .body(containsString("<a href=\"#reason\">Geef de reden van intrekken.</a>"));
        given().auth().oauth2(police).when().get("/api/referrals/" + id).then().body("status", equalTo("SUBMITTED"));

        asPolice().contentType("application/x-www-form-urlencoded")
                .formParam("reason", "De persoon is verhuisd naar een andere regio.").when()
                .post("/ui/referrals/" + id + "/withdraw").then().statusCode(303)
                .header("Location", equalTo("/intake/ui/referrals/" + id + "?notice=withdrawn"));
        asPolice().when().get("/ui/referrals/" + id + "?notice=withdrawn").then().statusCode(200)
                .body(containsString("De aanmelding is ingetrokken."))
                .body(containsString("<dd id=\"status\">Ingetrokken</dd>")).body(containsString("Ingetrokken op"))
                .body(not(containsString("id=\"withdraw-form\"")));
        given().auth().oauth2(police).when().get("/api/referrals/" + id).then().body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void aDecidedReferralIsNotWithdrawnAndTheRefusalIsDutch() throws Exception {
        String id = file("Besloten");
        TriageSamples.send(bootstrap, id, TriageSamples.sample("TriageDecided-v1.json", id));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> asPolice().when().get("/ui/referrals/" + id).then().statusCode(200)
                        .body(containsString("id=\"outcome\"")).body(not(containsString("id=\"withdraw-form\""))));
        asPolice().when().get("/ui/referrals/" + id).then().body(containsString(">Aanpak gestart</dd>"))
                .body(containsString(">Complexe casuïstiek</dd>")).body(not(containsString("COVECA")))
                .body(not(containsString("APPROACH_STARTED")));

        asPolice().contentType("application/x-www-form-urlencoded").formParam("reason", "Toch niet nodig.").when()
                .post("/ui/referrals/" + id + "/withdraw").then().statusCode(409)
                .body(containsString("role=\"alert\" id=\"refusal\""))
                .body(containsString("Deze aanmelding kan niet meer worden ingetrokken"))
                .body(containsString("<dd id=\"status\">Besloten</dd>"));
        given().auth().oauth2(police).when().get("/api/referrals/" + id).then().body("status", equalTo("DECIDED"));
    }

    private String file(String lastName) {
        Map<String, Object> form = complete(lastName);
        member(form, 0, FAMILY[1]);
        String location = formPost(form).formParam("problemAreas", "DEBTS").when().post("/ui/referrals").then()
                .statusCode(303).extract().header("Location");
        return location.replaceAll(".*/referrals/([0-9a-f-]{36}).*", "$1");
    }

    private static Map<String, Object> mainPerson(String lastName) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("mainPerson.firstName", "Henk");
        form.put("mainPerson.lastName", lastName);
        form.put("mainPerson.dateOfBirth", "1975-06-30");
        return form;
    }

    private static Map<String, Object> complete(String lastName) {
        Map<String, Object> form = mainPerson(lastName);
        form.put("action", "submit");
        form.put("municipality", "Tholen");
        form.put("question", "Schulden en dreigende huisuitzetting; het hele gezin is betrokken.");
        form.put("urgency", "NORMAL");
        form.put("personInformed", "INFORMED");
        return form;
    }

    private static void member(Map<String, Object> form, int row, String[] who) {
        String p = "systemMembers[" + row + "].";
        form.put(p + "relation", who[0]);
        form.put(p + "firstName", who[1]);
        form.put(p + "lastName", String.valueOf(form.get("mainPerson.lastName")));
        form.put(p + "dateOfBirth", who[2]);
    }
}
