package nl.zvh.coveca.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.coveca.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The partner answers on its own agreement with the forms of its case page: a change asked without a note is refused
 * in Dutch next to the field, with a note it is sent; then it marks the agreement done, once. The process director
 * sees both answers, with the note, on the worklist's tab of partners' answers.
 */
@QuarkusTest
class PartnerMarksItsAgreementDoneOrAsksAChangeTest {
    static final Pattern FIELD_ERROR = Pattern.compile("id=\"([\\w-]+)-error\"><span[^>]*>[^<]*</span>([^<]+)<");

    @Test
    void partnerAnswersAndTheProcessDirectorSeesIt() {
        PartnerCaseForTests kase = PartnerCaseForTests.open("Partnerantwoord");
        String ggz = Tokens.ggzPartner();
        String agreement = "/ui/partner/cases/" + kase.caseId() + "/agreements/" + kase.ggzAgreement();

        String refused = given().redirects().follow(false).auth().oauth2(ggz)
                .formParams(Map.of("note-" + kase.ggzAgreement(), " ")).when().post(agreement + "/change").then()
                .statusCode(422).extract().asString();
        assertEquals("Vul dit veld in.", fieldError(refused, "note-" + kase.ggzAgreement()));
        assertTrue(refused.contains("id=\"change-" + kase.ggzAgreement() + "\" open"), "the refused form stays open");
        given().auth().oauth2(ggz).contentType(ContentType.JSON).body(Map.of("note", "")).when()
                .post("/api/partner/cases/" + kase.caseId() + "/agreements/" + kase.ggzAgreement() + "/change-requests")
                .then().statusCode(400);

        String sent = given().redirects().follow(false).auth().oauth2(ggz)
                .formParams(Map.of("note-" + kase.ggzAgreement(), "Wachtlijst: start pas over zes weken")).when()
                .post(agreement + "/change").then().statusCode(303).extract().header("Location");
        assertTrue(sent.endsWith("/ui/cases/" + kase.caseId() + "?saved=change#own-agreements"), sent);
        given().auth().oauth2(ggz).when().get("/ui/cases/" + kase.caseId() + "?saved=change").then().statusCode(200)
                .body(containsString("Wijzigingsverzoek verstuurd naar de procesregisseur."))
                .body(containsString("Wachtlijst: start pas over zes weken"));

        given().redirects().follow(false).auth().oauth2(ggz).when().post(agreement + "/done").then().statusCode(303);
        given().auth().oauth2(ggz).when().get("/ui/cases/" + kase.caseId() + "?saved=done").then().statusCode(200)
                .body(containsString("Afspraak afgerond.")).body(containsString("<td class=\"status\">Afgerond</td>"));
        given().redirects().follow(false).auth().oauth2(ggz).when().post(agreement + "/done").then().statusCode(422)
                .body(containsString("deze afspraak is al afgerond of vervallen"));
        given().auth().oauth2(Tokens.thirdPoliceDirector()).when().get("/api/cases/" + kase.caseId() + "/plan").then()
                .statusCode(200)
                .body("agreements.find { it.id == '" + kase.ggzAgreement() + "' }.status", equalTo("DONE"));

        given().auth().oauth2(Tokens.thirdPoliceDirector()).when().get("/ui?tab=answers").then().statusCode(200)
                .body(containsString("Antwoorden van partners"))
                .body(containsString("Wachtlijst: start pas over zes weken")).body(containsString("Wijziging gevraagd"))
                .body(containsString(PartnerCaseForTests.GGZ_AGREEMENT))
                .body(containsString("Piet de Partnerantwoord"));
    }

    private static String fieldError(String html, String id) {
        Matcher m = FIELD_ERROR.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(id)) {
                return m.group(2).strip();
            }
        }
        return null;
    }
}
