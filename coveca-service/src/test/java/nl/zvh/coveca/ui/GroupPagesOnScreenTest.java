package nl.zvh.coveca.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * The group approach on screen, behind the gateway's prefix /coveca and in Dutch: the worklist's menu leads to the
 * groups; a new group's form refused keeps what was typed and lists the Dutch messages in an error summary linked to
 * each field; the group page adds subgroups and members (by case number, linking to the member's case page, or by
 * name and date of birth); a subgroup's page records a meeting (refused without minutes, with the typed attendance
 * kept). No codes, no ISO dates, no login names on the pages.
 */
@QuarkusTest
class GroupPagesOnScreenTest {
    static final Pattern GROUP = Pattern.compile("/coveca/ui/groups/([0-9a-f-]{36})");

    @Test
    void runsAGroupWithThePages() {
        String staff = Tokens.houseStaffDirector();
        String caseId = CaseRequestsForTests.open(staff, "Schermlid");
        as(staff).get("/ui/").then().statusCode(200).body(containsString("href=\"/coveca/ui/groups\""))
                .body(containsString(">Groepen</a>"));
        as(staff).get("/ui/groups").then().statusCode(200).body(containsString("<h1>Groepen</h1>"))
                .body(containsString("aria-current=\"page\">Groepen</a>")).body(containsString("Nieuwe groep"));

        String refused = as(staff)
                .formParams(Map.of("groupMunicipality", "Roosendaal", "groupDescription", "Overlast bij het station"))
                .post("/ui/groups").then().statusCode(422).extract().asString();
        assertTrue(refused.contains("id=\"error-summary\""), refused);
        assertTrue(refused.contains("<a href=\"#groupName\">Vul dit veld in.</a>"), refused);
        assertEquals("Vul dit veld in.", Pages.fieldError(refused, "groupName"));
        assertTrue(refused.contains("value=\"Roosendaal\"") && refused.contains(">Overlast bij het station</textarea>"),
                "what was typed stays");

        String location = as(staff).formParams(Map.of("groupName", "Stationsgroep", "groupMunicipality", "Roosendaal"))
                .post("/ui/groups").then().statusCode(303).extract().header("Location");
        Matcher m = GROUP.matcher(location);
        assertTrue(m.find(), location);
        String base = "/ui/groups/" + m.group(1);
        as(staff).get(base + "?saved=1").then().statusCode(200).body(containsString("Opgeslagen."))
                .body(containsString("<h1 id=\"group-title\">Stationsgroep</h1>")).body(containsString("Lopend"));

        post(staff, base + "/subgroups", Map.of("subgroupName", "Kern"), 303);
        String twice = post(staff, base + "/subgroups", Map.of("subgroupName", "kern"), 422);
        assertEquals("Deze groep heeft al een subgroep met deze naam.", Pages.fieldError(twice, "subgroupName"));

        String none = post(staff, base + "/members", Map.of(), 422);
        assertEquals("Vul het casusnummer in, of voornaam, achternaam en geboortedatum.",
                Pages.fieldError(none, "memberCaseNumber"));
        String unknown = post(staff, base + "/members", Map.of("memberCaseNumber", "0000000x"), 422);
        assertEquals("Geen casus met dit nummer gevonden die u mag inzien.",
                Pages.fieldError(unknown, "memberCaseNumber"));
        assertTrue(unknown.contains("value=\"0000000x\""), "the typed number stays");
        String noBirth = post(staff, base + "/members", Map.of("memberFirstName", "Sem", "memberLastName", "Los"), 422);
        assertEquals("Vul dit veld in.", Pages.fieldError(noBirth, "memberDateOfBirth"));
        assertTrue(noBirth.contains("<a href=\"#memberDateOfBirth\">"), noBirth);

        String page = as(staff).get(base).then().extract().asString();
        Matcher sub = Pattern.compile("<option value=\"([0-9a-f-]{36})\">Kern</option>").matcher(page);
        assertTrue(sub.find(), "members can be placed in a subgroup");
        post(staff, base + "/members",
                Map.of("memberCaseNumber", caseId.substring(0, 8), "memberSubgroup", sub.group(1)), 303);
        post(staff, base + "/members",
                Map.of("memberFirstName", "Sem", "memberLastName", "Los", "memberDateOfBirth", "2008-04-03"), 303);
        String again = post(staff, base + "/members", Map.of("memberCaseNumber", caseId.substring(0, 8)), 422);
        assertEquals("Deze persoon is al lid van de groep.", Pages.fieldError(again, "memberCaseNumber"));

        String group = as(staff).get(base).then().statusCode(200).body(containsString("Piet de Schermlid"))
                .body(containsString("href=\"/coveca/ui/cases/" + caseId + "\">Casus " + caseId.substring(0, 8)))
                .body(containsString("Sem Los")).body(containsString("3 april 2008"))
                .body(containsString("Geen eigen casus")).body(containsString("Geen subgroep")).extract().asString();
        assertNoCodes(group);

        String subgroup = "/ui/groups/" + m.group(1) + "/subgroups/" + sub.group(1);
        as(staff).get(subgroup).then().statusCode(200).body(containsString("<h1 id=\"subgroup-title\">Kern</h1>"))
                .body(containsString("Nog geen overleggen vastgelegd."));
        String noMinutes = post(staff, subgroup + "/meetings",
                Map.of("meetingHeldOn", LocalDate.now().toString(), "meetingAttendance", "Politie\nJongerenwerk"), 422);
        assertEquals("Vul dit veld in.", Pages.fieldError(noMinutes, "meetingMinutes"));
        assertTrue(noMinutes.contains("<a href=\"#meetingMinutes\">Vul dit veld in.</a>"), noMinutes);
        assertTrue(noMinutes.contains(">Politie\nJongerenwerk</textarea>"), "the typed attendance stays");
        post(staff, subgroup + "/meetings",
                Map.of("meetingHeldOn", LocalDate.now().toString(), "meetingAttendance", "Politie\nJongerenwerk",
                        "meetingMinutes", "Groep hangt rond bij het station.", "meetingAgreements",
                        "Politie surveilleert vaker"),
                303);
        String meetings = as(staff).get(subgroup + "?saved=1").then().statusCode(200)
                .body(containsString("Opgeslagen.")).body(containsString("<li>Jongerenwerk</li>"))
                .body(containsString("Politie surveilleert vaker"))
                .body(not(containsString("Nog geen overleggen vastgelegd."))).extract().asString();
        assertNoCodes(meetings);

        post(staff, base + "/closure", Map.of(), 303);
        as(staff).get(base).then().statusCode(200).body(containsString("Deze groep is afgesloten."))
                .body(not(containsString("id=\"add-member\"")));
        String late = post(staff, base + "/subgroups", Map.of("subgroupName", "Later"), 422);
        assertTrue(late.contains(
                "<a href=\"#group-closed\">De groep is afgesloten; er kan niets meer worden " + "gewijzigd.</a>")
                && late.contains("id=\"group-closed\""), late);
        as(Tokens.analyst()).get("/ui/groups").then().statusCode(403);
    }

    /** No ISO dates, no login names, no enum codes in what a person reads. */
    private static void assertNoCodes(String html) {
        String text = Pages.visibleText(html);
        assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text).find(), text);
        assertFalse(text.contains("zvh-procesregisseur"), "no login name");
        assertFalse(text.contains("GROUP") || text.contains("coveca-group"), text);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).header("X-Forwarded-Prefix", "/coveca").redirects().follow(false).when();
    }

    static String post(String token, String path, Map<String, String> form, int status) {
        return as(token).formParams(form).post(path).then().statusCode(status).extract().asString();
    }
}
