package nl.zvh.coveca.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.coveca.TestInfrastructure;
import nl.zvh.coveca.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The process director answers a partner's change request on the case page: changes the agreement (new description
 * and due date), declines a next request with a note, drops the agreement on a third with a reason; a reply without
 * its note is refused in Dutch. The partner reads each answer on its page, the plan's history records them, and a
 * director of another house does not find the request.
 */
@QuarkusTest
class ProcessDirectorAnswersAPartnersChangeRequestTest {
    static final Pattern REQUEST = Pattern.compile("id=\"change-request-([0-9a-f-]{36})\"");

    @Test
    void directorChangesDeclinesAndDrops() {
        PartnerCaseForTests kase = PartnerCaseForTests.open("Wijzigverzoek");
        String director = Tokens.thirdPoliceDirector();
        String ggz = Tokens.ggzPartner();
        String page = "/ui/cases/" + kase.caseId();

        String request = ask(ggz, kase, "Wachtlijst van zes weken");
        String refused = post(director, page + "/change-requests/" + request,
                Map.of("reply-" + request, "DECLINED", "replyNote-" + request, " "), 422);
        assertEquals("Vul dit veld in.", fieldError(refused, "replyNote-" + request));
        assertTrue(refused.contains("<details id=\"plan\" class=\"zvh-section\" open>"), "the plan stays open");
        String due = LocalDate.now().plusWeeks(6).toString();
        Map<String, String> change = new HashMap<>(Map.of("reply-" + request, "CHANGED", "replyDescription-" + request,
                "Behandeling bij de GGZ starten na de wachtlijst", "replyOrganisation-" + request,
                TestInfrastructure.GGZ, "replyDueDate-" + request, due));
        post(director, page + "/change-requests/" + request, change, 303);
        String changed = given().auth().oauth2(director).when().get(page).then().statusCode(200).extract().asString();
        assertTrue(changed.contains("Behandeling bij de GGZ starten na de wachtlijst"), "the agreement changed");
        assertTrue(changed.contains("<td>Afspraak gewijzigd</td>"), "the history records the change");
        assertTrue(!changed.contains("id=\"change-request-" + request + "\""), "the request is answered");
        given().auth().oauth2(ggz).when().get(page).then().statusCode(200)
                .body(containsString("Antwoord van de procesregisseur: <strong>Afspraak gewijzigd</strong>"));
        post(director, page + "/change-requests/" + request, change, 422);

        String next = ask(ggz, kase, "Liever een andere behandelaar");
        post(director, page + "/change-requests/" + next,
                Map.of("reply-" + next, "DECLINED", "replyNote-" + next, "De behandelaar is al afgesproken"), 303);
        given().auth().oauth2(ggz).when().get(page).then()
                .body(containsString("<strong>Verzoek afgewezen</strong> — De behandelaar is al afgesproken"));
        given().auth().oauth2(director).when().get(page).then()
                .body(containsString("<td>Wijzigingsverzoek afgewezen</td>"));

        String last = ask(ggz, kase, "Cliënt weigert behandeling");
        given().redirects().follow(false).auth().oauth2(Tokens.otherHouseDirector())
                .formParams(Map.of("reply-" + last, "DROPPED", "replyNote-" + last, "Weigert")).when()
                .post(page + "/change-requests/" + last).then().statusCode(404);
        post(director, page + "/change-requests/" + last,
                Map.of("reply-" + last, "DROPPED", "replyNote-" + last, "Cliënt weigert behandeling"), 303);
        given().auth().oauth2(ggz).when().get(page).then()
                .body(containsString("<strong>Afspraak laten vervallen</strong> — Cliënt weigert behandeling"))
                .body(not(containsString("id=\"send-change-" + kase.ggzAgreement() + "\"")));
    }

    /** The partner asks a change of its agreement; answers the request's id as the director's page shows it. */
    private static String ask(String partner, PartnerCaseForTests kase, String note) {
        given().redirects().follow(false).auth().oauth2(partner).formParams(Map.of("note-" + kase.ggzAgreement(), note))
                .when().post("/ui/partner/cases/" + kase.caseId() + "/agreements/" + kase.ggzAgreement() + "/change")
                .then().statusCode(303);
        String page = given().auth().oauth2(Tokens.thirdPoliceDirector()).when().get("/ui/cases/" + kase.caseId())
                .then().statusCode(200).extract().asString();
        Matcher m = REQUEST.matcher(page);
        assertTrue(m.find(), "the director sees the request");
        assertTrue(page.contains(note), "with the partner's note");
        return m.group(1);
    }

    private static String post(String token, String path, Map<String, String> form, int status) {
        return as(token).formParams(form).when().post(path).then().statusCode(status).extract().asString();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).header("X-Forwarded-Prefix", "/coveca").redirects().follow(false);
    }

    private static String fieldError(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "-error\"><span[^>]*>[^<]*</span>([^<]+)<")
                .matcher(html);
        assertNotNull(m.find() ? m.group(1) : null, "an error next to " + id);
        return m.group(1).strip();
    }
}
