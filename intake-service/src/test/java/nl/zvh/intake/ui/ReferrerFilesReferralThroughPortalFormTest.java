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
import java.util.HashMap;
import java.util.Map;
import nl.zvh.intake.TriageSamples;
import nl.zvh.platform.testing.TestTokens;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The portal as the gateway serves it (X-Forwarded-Prefix /intake): the form validates inline with the API's rules
 * in Dutch, files a referral or a draft, and the referrer reads the advice in the referral's page and the inbox.
 */
@QuarkusTest
class ReferrerFilesReferralThroughPortalFormTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final String police = TestTokens.token("agent-portaal", POLICE, HOUSE, "referrer");

    private RequestSpecification asPolice() {
        return given().auth().oauth2(police).header("X-Forwarded-Prefix", "/intake").redirects().follow(false);
    }

    @Test
    void formIsServedInTheShellThroughTheGatewayPrefix() {
        asPolice().when().get("/ui/referrals/new").then().statusCode(200).body(containsString("<html lang=\"nl\">"))
                .body(containsString("id=\"zvh-logout\"")).body(containsString("action=\"/intake/ui/referrals\""))
                .body(containsString("hx-post=\"/intake/ui/referrals/validate\""))
                .body(containsString("src=\"/webjars/htmx.org/2.0.4/dist/htmx.min.js\""))
                .body(containsString("<h1>Nieuwe aanmelding</h1>"))
                // codes read in Dutch; the referrer's own menu
                .body(containsString(">Broer of zus</option>"))
                .body(containsString(">Nee, vanwege de veiligheid</option>"))
                .body(containsString("id=\"new-referral\"")).body(containsString("id=\"inbox\""))
                .body(not(containsString("reference-data"))).body(not(containsString("HOUSEHOLD_MEMBER</option>")));
        given().when().get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").then().statusCode(200)
                .body(containsString("htmx"));
    }

    @Test
    void inlineValidationFlagsOnlyWhatIsFilledInWrongly() {
        asPolice().contentType("application/x-www-form-urlencoded").formParam("mainPerson.bsn", "123456789")
                .formParam("mainPerson.dateOfBirth", "2999-01-01").formParam("municipality", "Amsterdam").when()
                .post("/ui/referrals/validate").then().statusCode(200)
                .body(containsString("id=\"mainPerson-bsn-error\"")).body(containsString("elfproef"))
                .body(containsString("id=\"mainPerson-bsn-live\""))
                .body(containsString("aria-describedby=\"mainPerson-bsn-hint mainPerson-bsn-error\""))
                .body(containsString("id=\"mainPerson-dateOfBirth-error\""))
                .body(containsString("id=\"municipality-error\"")).body(not(containsString("id=\"question-error\"")))
                .body(not(containsString("<html")));
    }

    @Test
    void incompleteSubmissionShowsTheErrorsAndACompleteOneIsFiledAndShown() {
        asPolice().contentType("application/x-www-form-urlencoded").formParam("action", "submit")
                .formParam("mainPerson.firstName", "Henk").formParam("mainPerson.lastName", "Portaal")
                .formParam("question", "Alleen de vraag is al ingevuld.")
                .formParam("systemMembers[1].firstName", "Lotte").when().post("/ui/referrals").then().statusCode(422)
                .contentType(containsString("text/html"))
                // what was typed is kept; every message is next to its field and in the summary, in Dutch
                .body(containsString("value=\"Portaal\""))
                .body(containsString(">Alleen de vraag is al ingevuld.</textarea>"))
                .body(containsString("id=\"error-summary\""))
                .body(containsString("<a href=\"#municipality\">Kies een gemeente van dit huis.</a>"))
                .body(containsString(
                        "<a href=\"#mainPerson-dateOfBirth\">Vul een geldige geboortedatum in, niet in de toekomst.</a>"))
                .body(containsString("<a href=\"#systemMembers-1-lastName\">Systeemlid 2: Vul de achternaam in.</a>"))
                .body(containsString("name=\"systemMembers[1].firstName\" value=\"Lotte\""))
                .body(containsString("id=\"systemMembers-1-lastName-error\""))
                .body(containsString("id=\"municipality-error\"")).body(containsString("id=\"urgency-error\""))
                .body(containsString("id=\"problemAreas-error\"")).body(not(containsString("id=\"question-error\"")));

        Map<String, Object> form = completeForm();
        String location = asPolice().contentType("application/x-www-form-urlencoded").formParams(form)
                .formParam("problemAreas", "ADDICTION").formParam("problemAreas", "DEBTS").when().post("/ui/referrals")
                .then().statusCode(303)
                .header("Location", matchesPattern("/intake/ui/referrals/[0-9a-f-]{36}\\?notice=filed")).extract()
                .header("Location");
        String id = idOf(location);
        // the referral's page announces what happened, as a person reads it
        asPolice().when().get(location.substring("/intake".length())).then().statusCode(200)
                .body(containsString("role=\"status\" id=\"notice\""))
                .body(containsString("Uw aanmelding van Henk Portaal is ingediend. Status: Ingediend."))
                .body(containsString("<dd id=\"status\">Ingediend</dd>")).body(containsString("Kind"))
                .body(containsString("Normaal")).body(containsString("Ja, geïnformeerd"))
                .body(containsString("Verslaving")).body(not(containsString("ADDICTION")))
                .body(containsString("geboren op 1 januari 2010"));
        given().auth().oauth2(police).when().get("/api/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("systemMembers.size()", equalTo(1))
                .body("systemMembers[0].relation", equalTo("CHILD")).body("problemAreas.size()", equalTo(2));
        asPolice().when().get("/ui/").then().statusCode(200).body(containsString("data-id=\"" + id + "\""))
                .body(containsString("Henk Portaal"));
        asPolice().queryParam("status", "DRAFT").when().get("/ui/").then().statusCode(200)
                .body(not(containsString("data-id=\"" + id + "\"")));
    }

    @Test
    void draftIsSavedWithOnlyANameAndCompletedLater() {
        String location = asPolice().contentType("application/x-www-form-urlencoded").formParam("action", "draft")
                .formParam("mainPerson.firstName", "Henk").formParam("mainPerson.lastName", "Concept").when()
                .post("/ui/referrals").then().statusCode(303).extract().header("Location");
        String id = idOf(location);
        asPolice().when().get("/ui/referrals/" + id + "?notice=draft").then().statusCode(200)
                .body(containsString("<dd id=\"status\">Concept</dd>"))
                .body(containsString("Het concept is opgeslagen."))
                .body(containsString("href=\"/intake/ui/referrals/" + id + "/edit\""));
        asPolice().when().get("/ui/referrals/" + id + "/edit").then().statusCode(200)
                .body(containsString("action=\"/intake/ui/referrals/" + id + "\""))
                .body(containsString("value=\"Concept\""));
        asPolice().contentType("application/x-www-form-urlencoded").formParams(completeForm())
                .formParam("problemAreas", "DEBTS").when().post("/ui/referrals/" + id).then().statusCode(303);
        given().auth().oauth2(police).when().get("/api/referrals/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void adviceIsShownOnTheReferralPageAndInTheInbox() throws Exception {
        String location = asPolice().contentType("application/x-www-form-urlencoded").formParams(completeForm())
                .formParam("problemAreas", "DEBTS").when().post("/ui/referrals").then().statusCode(303).extract()
                .header("Location");
        String id = idOf(location);
        TriageSamples.send(bootstrap, id, TriageSamples.sample("TriageDecided-v1-advice.json", id));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> asPolice().when().get("/ui/referrals/" + id).then().statusCode(200)
                        .body(containsString("id=\"advice\"")).body(containsString("debt counselling")));
        asPolice().when().get("/ui/notifications").then().statusCode(200)
                .body(containsString("Uw aanmelding van Henk Portaal is besproken; advies: Not a complex case yet"));
        asPolice().when().get("/ui/").then().body(containsString("ongelezen"));
    }

    @Test
    void theSameFormPostedTwiceFilesOneReferralAndAChangedOneAnother() {
        String page = asPolice().when().get("/ui/referrals/new").then().statusCode(200).extract().asString();
        java.util.regex.Matcher hidden = java.util.regex.Pattern
                .compile("name=\"submissionKey\" value=\"([0-9a-f-]{36})\"").matcher(page);
        org.junit.jupiter.api.Assertions.assertTrue(hidden.find(), "the new form carries its own submission key");
        Map<String, Object> form = completeForm();
        form.put("submissionKey", hidden.group(1));

        String first = asPolice().contentType("application/x-www-form-urlencoded").formParams(form)
                .formParam("problemAreas", "DEBTS").when().post("/ui/referrals").then().statusCode(303).extract()
                .header("Location");
        String again = asPolice().contentType("application/x-www-form-urlencoded").formParams(form) // double click
                .formParam("problemAreas", "DEBTS").when().post("/ui/referrals").then().statusCode(303).extract()
                .header("Location");
        org.junit.jupiter.api.Assertions.assertEquals(first, again, "one referral for the same form posted twice");

        form.put("question", "Na terug in de browser aangepast: dit is een andere aanmelding.");
        String changed = asPolice().contentType("application/x-www-form-urlencoded").formParams(form)
                .formParam("problemAreas", "DEBTS").when().post("/ui/referrals").then().statusCode(303).extract()
                .header("Location");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, changed, "a changed form is a new referral");
    }

    private static String idOf(String location) {
        return location.replaceAll(".*/referrals/([0-9a-f-]{36}).*", "$1");
    }

    private static Map<String, Object> completeForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("action", "submit");
        form.put("mainPerson.firstName", "Henk");
        form.put("mainPerson.lastName", "Portaal");
        form.put("mainPerson.dateOfBirth", "1975-06-30");
        form.put("mainPerson.bsn", "");
        form.put("systemMembers[0].relation", "CHILD");
        form.put("systemMembers[0].firstName", "Lotte");
        form.put("systemMembers[0].lastName", "Portaal");
        form.put("systemMembers[0].dateOfBirth", "2010-01-01");
        form.put("systemMembers[1].firstName", "");
        form.put("municipality", "Tholen");
        form.put("question", "Schulden en dreigende huisuitzetting; meerdere partners betrokken.");
        form.put("urgency", "NORMAL");
        form.put("personInformed", "INFORMED");
        return form;
    }
}
