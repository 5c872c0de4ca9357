package nl.zvh.coveca.ui;

import static nl.zvh.coveca.ui.ProcessDirectorRunsACaseWithTheFormsTest.as;
import static nl.zvh.coveca.ui.ProcessDirectorRunsACaseWithTheFormsTest.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.coveca.Tokens;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * In a four-eyes house the second process director refuses a changed plan and a requested closure on the case page,
 * each with a reason: without a reason the form says so in Dutch, the director who made the change may not refuse
 * (nor approve) it; a refused plan says it waits for a new change and the plan's history records the refusal; a
 * refused closure leaves the case open with the reason shown. Demo house haaglanden works four-eyes.
 */
@QuarkusTest
class SecondDirectorRefusesAPlanOrClosureWithAReasonTest {

    @Test
    void planAndClosureAreRefusedWithAReason() {
        String first = Tokens.zeelandDirector("zeeland-weigering-a-" + UUID.randomUUID());
        String second = Tokens.named("zeeland-weigering-b-" + UUID.randomUUID(), "Fatima Tweede", "ZVH Zeeland",
                "zeeland", "process-director");
        String base = open(first, "Goes", "Weigering");
        post(first, base + "/plan/agreements", Map.of("agreementDescription", "Schoolgang volgen",
                "agreementOrganisation", "Leerplicht", "agreementDueDate", LocalDate.now().plusDays(10).toString()),
                303);

        as(first).when().get(base).then().body(not(containsString("id=\"reject-plan\"")));
        String own = post(first, base + "/plan/rejection", Map.of("rejectPlanReason", "Zelf afwijzen"), 422);
        assertTrue(own.contains(
                "Een tweede procesregisseur moet dit goedkeuren; u heeft het zelf aangevraagd of" + " gewijzigd."),
                "the first may not refuse either");
        as(second).when().get(base).then().body(containsString("id=\"reject-plan\""));
        String empty = post(second, base + "/plan/rejection", Map.of("rejectPlanReason", " "), 422);
        assertEquals("Vul dit veld in.", Pages.fieldError(empty, "rejectPlanReason"));
        post(second, base + "/plan/rejection", Map.of("rejectPlanReason", "Doel ontbreekt bij de afspraak"), 303);

        String refused = as(first).when().get(base).then().statusCode(200).extract().asString();
        assertTrue(refused.contains("Dit plan is afgewezen."), "the plan says it waits for a new change");
        assertTrue(refused.contains("Versie 1 afgewezen door Fatima Tweede op "), refused);
        assertTrue(refused.contains(": Doel ontbreekt bij de afspraak</li>"), "the reason is shown");
        assertTrue(refused.contains("<td>Plan afgewezen</td>"), "the history records the refusal");
        as(second).when().get(base).then().body(not(containsString("id=\"approve-plan\"")))
                .body(not(containsString("id=\"reject-plan\"")));
        post(second, base + "/plan/approval", Map.of(), 422);

        post(first, base + "/plan/goals", Map.of("goalDomain", "HOUSING", "goalDescription", "Naar school"), 303);
        post(second, base + "/plan/approval", Map.of(), 303);

        post(first, base + "/closure", Map.of("closureReason", "STABLE"), 303);
        String ownClosure = post(first, base + "/closure/rejection", Map.of("rejectClosureReason", "Nee"), 422);
        assertTrue(ownClosure.contains("Een tweede procesregisseur moet dit goedkeuren"));
        post(second, base + "/closure/rejection", Map.of("rejectClosureReason", "Eerst nog een evaluatie"), 303);
        as(first).when().get(base).then().body(containsString("id=\"close-case\""))
                .body(containsString("Afsluiting afgewezen door Fatima Tweede op "))
                .body(containsString("Eerst nog een evaluatie")).body(not(containsString("id=\"approve-closure\"")));
    }

    @Test
    void haaglandenWorksFourEyes() {
        String director = TestTokens.token("zvhh-procesregisseur-" + UUID.randomUUID(), "ZVH Haaglanden", "haaglanden",
                "process-director");
        String base = open(director, "Den Haag", "Vieroog");
        post(director, base + "/plan/agreements", Map.of("agreementDescription", "Huisbezoek", "agreementOrganisation",
                "ZVH Haaglanden", "agreementDueDate", LocalDate.now().plusDays(3).toString()), 303);
        as(director).when().get(base).then()
                .body(containsString("wacht op goedkeuring door een tweede procesregisseur"));
    }

    static String open(String token, String municipality, String lastName) {
        String location = as(token)
                .formParams(Map.of("municipality", municipality, "intensity", "PGA", "subApproach", "YOUTH",
                        "mainFirstName", "Noah", "mainLastName", lastName))
                .when().post("/ui/cases").then().statusCode(303).extract().header("Location");
        Matcher m = Pattern.compile("/ui/cases/([0-9a-f-]{36})").matcher(location);
        assertTrue(m.find(), location);
        return "/ui/cases/" + m.group(1);
    }
}
