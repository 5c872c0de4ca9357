package nl.zvh.coveca.ui;

import static io.restassured.RestAssured.given;
import static nl.zvh.coveca.ui.ProcessDirectorRunsACaseWithTheFormsTest.as;
import static nl.zvh.coveca.ui.ProcessDirectorRunsACaseWithTheFormsTest.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.coveca.Tokens;
import nl.zvh.platform.testing.Kafka;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The worklist's tabs with their counts: a case triage opened waits under "Niet toegewezen" until a process director
 * takes it over and it moves to "Mijn casussen"; in a four-eyes house a changed plan and a requested closure wait
 * under "Ter goedkeuring" of the second director, who approves them on the case page (the first may not), after
 * which the case is closed with its reason and can be reopened with one.
 */
@QuarkusTest
class ProcessDirectorTakesOverAndApprovesFromTheWorklistTest {
    static final Path SAMPLES = Path.of("../triage-service/src/main/asyncapi/samples");
    static final Pattern COUNT = Pattern.compile("id=\"tab-(\\w+)\"[^>]*>[^<]+<span class=\"zvh-count\">\\((\\d+)\\)");

    @Test
    void unassignedCaseIsTakenOver() throws Exception {
        String referralId = UUID.randomUUID().toString();
        String sample = Files.readString(SAMPLES.resolve("TriageDecided-v1.json"))
                .replace("0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81", referralId)
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"");
        Kafka.send("zvh.triage.decision", referralId, sample);
        String police = Tokens.policeDirector();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(police)
                .queryParam("sourceReferralId", referralId).when().get("/api/cases").then().body("$", hasSize(1)));
        String caseId = given().auth().oauth2(police).queryParam("sourceReferralId", referralId).when()
                .get("/api/cases").then().extract().path("[0].id");

        String unassigned = as(police).when().get("/ui?tab=unassigned").then().statusCode(200)
                .body(containsString("aria-current=\"page\">Niet toegewezen")).extract().asString();
        assertTrue(unassigned.contains("id=\"take-over-" + caseId + "\""), "the unassigned case offers take over");
        Map<String, Integer> counts = counts(unassigned);
        assertEquals(10, counts.size(), "ten tabs, each with its count: " + counts);
        assertTrue(counts.get("unassigned") >= 1);
        assertFalse(as(police).when().get("/ui?tab=mine").then().extract().asString().contains(caseId));

        post(police, "/ui/cases/" + caseId + "/take-over", Map.of(), 303);
        // the director's own cases span pages in this suite (25 a page): look through them
        boolean mine = false;
        for (int page = 1; page <= 20 && !mine; page++) {
            mine = as(police).when().get("/ui?tab=mine&page=" + page).then().extract().asString()
                    .contains("<tr data-id=\"" + caseId + "\">");
        }
        assertTrue(mine, "now the director's own case");
        assertFalse(as(police).when().get("/ui?tab=unassigned").then().extract().asString().contains(caseId));
        as(police).when().get("/ui/cases/" + caseId).then().statusCode(200).body(containsString("Integrale triage"))
                .body(not(containsString("id=\"take-over\"")));
        as(Tokens.secondPoliceDirector()).when().get("/ui/cases/" + caseId).then().statusCode(200)
                .body(containsString("id=\"take-over\"")).body(containsString("Een andere procesregisseur"));
    }

    @Test
    void secondDirectorApprovesPlanAndClosure() {
        String first = Tokens.zeelandDirector("zeeland-regisseur-a-" + UUID.randomUUID());
        String second = Tokens.zeelandDirector("zeeland-regisseur-b-" + UUID.randomUUID());
        String location = as(first)
                .formParams(Map.of("municipality", "Goes", "intensity", "PGA", "subApproach", "YOUTH", "mainFirstName",
                        "Noah", "mainLastName", "Goedkeuring"))
                .when().post("/ui/cases").then().statusCode(303).extract().header("Location");
        Matcher m = Pattern.compile("/ui/cases/([0-9a-f-]{36})").matcher(location);
        assertTrue(m.find(), location);
        String base = "/ui/cases/" + m.group(1);
        post(first, base + "/plan/agreements", Map.of("agreementDescription", "Schoolgang volgen",
                "agreementOrganisation", "Leerplicht", "agreementDueDate", LocalDate.now().plusDays(10).toString()),
                303);

        as(first).when().get(base).then().body(containsString("wacht op goedkeuring door een tweede procesregisseur"))
                .body(not(containsString("id=\"approve-plan\"")));
        String own = post(first, base + "/plan/approval", Map.of(), 422);
        assertTrue(own.contains("Een tweede procesregisseur moet dit goedkeuren"), "the first may not approve");
        String approvals = as(second).when().get("/ui?tab=approvals").then().statusCode(200).extract().asString();
        assertTrue(Pattern.compile("data-case=\"" + m.group(1) + "\"><a [^>]+>Noah Goedkeuring</a>: plan van aanpak"
                + " versie 1 wacht op goedkeuring").matcher(approvals).find(), approvals);
        as(second).when().get(base).then().body(containsString("id=\"approve-plan\""));
        post(second, base + "/plan/approval", Map.of(), 303);
        as(first).when().get(base).then().body(containsString("Versie 1, goedgekeurd"));

        String moved = post(first, base + "/closure", Map.of("closureReason", "MOVED_OUT_OF_REGION"), 422);
        assertEquals("Vul dit veld in.", Pages.fieldError(moved, "closureMunicipality"));
        post(first, base + "/closure", Map.of("closureReason", "STABLE", "closureNote", "Gaat goed"), 303);
        as(first).when().get(base).then().body(containsString("Afsluiting aangevraagd"))
                .body(containsString("wacht op goedkeuring door een tweede procesregisseur"))
                .body(not(containsString("id=\"approve-closure\"")));
        post(first, base + "/closure/approval", Map.of(), 422);
        assertTrue(as(second).when().get("/ui?tab=approvals").then().extract().asString()
                .contains("Noah Goedkeuring</a>: afsluiting wacht op goedkeuring"));
        post(second, base + "/closure/approval", Map.of(), 303);
        as(first).when().get(base).then().body(containsString("Situatie stabiel"))
                .body(containsString("id=\"reopen-case\"")).body(not(containsString("id=\"close-case\"")));

        String noReason = post(first, base + "/reopening", Map.of("reopenReason", " "), 422);
        assertEquals("Vul dit veld in.", Pages.fieldError(noReason, "reopenReason"));
        post(first, base + "/reopening", Map.of("reopenReason", "Nieuwe zorgen van school"), 303);
        as(first).when().get(base).then().body(containsString("Lopend")).body(containsString("id=\"close-case\""));
    }

    static Map<String, Integer> counts(String page) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        Matcher m = COUNT.matcher(page);
        while (m.find()) {
            counts.put(m.group(1), Integer.valueOf(m.group(2)));
        }
        return counts;
    }
}
