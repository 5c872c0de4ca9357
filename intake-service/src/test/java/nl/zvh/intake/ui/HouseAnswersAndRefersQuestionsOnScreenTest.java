package nl.zvh.intake.ui;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zvh.intake.ReferralEventsOnKafka;
import nl.zvh.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The question pages as the gateway serves them (X-Forwarded-Prefix /intake), in Dutch: a referrer asks in the
 * portal (a refused form keeps what was typed and says in Dutch what is wrong, at the field); the house's staff see
 * it in the worklist of open questions, answer it (no minutes: 422 with the answer kept), and turn another, entered
 * after a phone call, into a referral through the portal's referral form prefilled from the question, which files it
 * to the triage table.
 */
@QuarkusTest
class HouseAnswersAndRefersQuestionsOnScreenTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final String police = TestTokens.token("agent-scherm", POLICE, HOUSE, "referrer");
    private final String staff = TestTokens.token("huis-scherm", "ZVH De Markiezaten", HOUSE, "process-director");

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).header("X-Forwarded-Prefix", "/intake").redirects().follow(false);
    }

    private static RequestSpecification form(String token) {
        return as(token).contentType("application/x-www-form-urlencoded");
    }

    @Test
    void aReferrerAsksAndTheHouseAnswersWithTheTimeSpent() {
        as(police).get("/ui/questions/new").then().statusCode(200).body(containsString("<html lang=\"nl\">"))
                .body(containsString("<h1>Vraag stellen</h1>")).body(containsString(">Adviesvraag</option>"))
                .body(containsString(">Vraag aan het informatieknooppunt</option>"))
                .body(containsString("id=\"questions-menu\"")).body(not(containsString("name=\"channel\"")));

        form(police).formParam("municipality", "Tholen").formParam("kind", "ADVICE")
                .formParam("person.firstName", "Anna").post("/ui/questions").then().statusCode(422)
                .body(containsString("value=\"Anna\"")).body(containsString("id=\"error-summary\""))
                .body(containsString("<a href=\"#text\">Vul de vraag in (hoogstens 4000 tekens).</a>"))
                .body(containsString("id=\"person-lastName-error\""))
                .body(containsString("<option value=\"Tholen\" selected>"));

        String location = form(police).formParam("municipality", "Tholen").formParam("kind", "ADVICE")
                .formParam("text", "Hoe pakken wij overlast van een hangjongere aan?").post("/ui/questions").then()
                .statusCode(303).header("Location", startsWith("/intake/ui/questions/")).extract().header("Location");
        String path = location.replace("/intake", "").replace("?notice=asked", "");
        as(police).get(location.replace("/intake", "")).then().statusCode(200).body(containsString("id=\"notice\""))
                .body(containsString("Uw vraag is verstuurd")).body(containsString("Nog niet beantwoord"))
                .body(not(containsString("id=\"answer-form\"")));

        as(staff).get("/ui/questions").then().statusCode(200).body(containsString("<h1>Open vragen aan het huis</h1>"))
                .body(containsString("Hoe pakken wij overlast van een hangjongere aan?")).body(containsString(POLICE));
        as(staff).get(path).then().statusCode(200).body(containsString("id=\"answer-form\""))
                .body(containsString("id=\"make-referral\"")).body(containsString(">Portaal</dd>"));

        form(staff).formParam("answer", "Bespreek het in het wijkoverleg.").formParam("kind", "ADVICE")
                .post(path + "/answer").then().statusCode(422)
                .body(containsString(">Bespreek het in het wijkoverleg.</textarea>"))
                .body(containsString("id=\"minutesSpent-error\""))
                .body(containsString("Vul de bestede tijd in hele minuten in, van 1 tot 1440."));
        form(staff).formParam("answer", "Bespreek het in het wijkoverleg.").formParam("minutesSpent", "twintig")
                .formParam("kind", "ADVICE").post(path + "/answer").then().statusCode(422)
                .body(containsString("value=\"twintig\""));
        form(staff).formParam("answer", "Bespreek het in het wijkoverleg.").formParam("minutesSpent", "20")
                .formParam("kind", "ADVICE").post(path + "/answer").then().statusCode(303);

        as(police).get(path).then().statusCode(200).body(containsString("Bespreek het in het wijkoverleg."))
                .body(containsString("Beantwoord door huis-scherm op")).body(not(containsString("20 minuten")));
    }

    @Test
    void houseStaffEnterAPhoneQuestionAndMakeItAReferralForTriage() {
        as(staff).get("/ui/questions/new").then().statusCode(200).body(containsString("<h1>Vraag invoeren</h1>"))
                .body(containsString(">Telefoon</option>")).body(not(containsString(">Portaal</option>")));
        String location = form(staff).formParam("channel", "PHONE").formParam("askerOrganisation", "Wijkteam Tholen")
                .formParam("askerName", "Joost Bakker, wijkcoach").formParam("municipality", "Tholen")
                .formParam("kind", "INFORMATION").formParam("text", "Een gezin met schulden en huiselijk geweld.")
                .formParam("person.firstName", "Sanne").formParam("person.lastName", "Schermvraag")
                .post("/ui/questions").then().statusCode(303).extract().header("Location");
        String path = location.replace("/intake", "").replace("?notice=entered", "");

        as(staff).get(path + "/referral").then().statusCode(200).body(containsString("<h1>Nieuwe aanmelding</h1>"))
                .body(containsString("action=\"/intake/ui/questions/")).body(containsString("value=\"Schermvraag\""))
                .body(containsString(">Een gezin met schulden en huiselijk geweld.</textarea>"))
                .body(not(containsString("id=\"save-draft\"")));
        // the referral's own rules, in Dutch, with what was typed kept
        form(staff).formParam("action", "submit").formParam("mainPerson.firstName", "Sanne")
                .formParam("mainPerson.lastName", "Schermvraag").formParam("municipality", "Tholen")
                .formParam("question", "Een gezin met schulden en huiselijk geweld.").post(path + "/referral").then()
                .statusCode(422).body(containsString("value=\"Schermvraag\""))
                .body(containsString("id=\"mainPerson-dateOfBirth-error\""));
        form(staff).formParam("action", "submit").formParam("mainPerson.firstName", "Sanne")
                .formParam("mainPerson.lastName", "Schermvraag").formParam("mainPerson.dateOfBirth", "1990-02-03")
                .formParam("municipality", "Tholen").formParam("problemAreas", "HOUSING_NUISANCE")
                .formParam("question", "Een gezin met schulden en huiselijk geweld.").formParam("urgency", "NORMAL")
                .formParam("personInformed", "INFORMED").post(path + "/referral").then().statusCode(303)
                .header("Location", containsString("?notice=referred"));

        String page = as(staff).get(path).then().statusCode(200).body(containsString("Aanmelding geworden"))
                .body(containsString("Status van de aanmelding: Ingediend"))
                .body(not(containsString("id=\"make-referral\"")))
                // filed in the house's name: a process director has no referral page to link to
                .body(not(containsString("id=\"referral-link\""))).extract().asString();
        String referralId = page.replaceAll("(?s).*Kenmerk van de aanmelding: ([0-9a-f-]{36}).*", "$1");
        JsonNode submitted = ReferralEventsOnKafka.await(bootstrap, referralId, "ReferralSubmitted");
        org.junit.jupiter.api.Assertions.assertEquals("Tholen",
                submitted.path("payload").path("municipality").asText());
    }

    @Test
    void aPartnersProcessDirectorAsksButAnswersNothing() {
        as(TestTokens.token("politie-regie", POLICE, HOUSE, "process-director")).get("/ui/questions").then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("id=\"ask-question\""),
                        org.hamcrest.Matchers.containsString("id=\"questions-menu\""),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"show-all\"")),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"show-open\""))));
    }
}
