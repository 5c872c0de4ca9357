package nl.zvh.coveca.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * The worklist shows the escalations still waiting for their answer, each opening the case at its escalation
 * section, until one is answered; and the ZSM scenarios that stop being valid within 14 days (a fresh one, valid
 * three months, does not show until its last two weeks).
 */
@QuarkusTest
class ProcessDirectorSeesOpenEscalationsAndExpiringZsmOnTheWorklistTest {
    static final String QUESTION = "Wie pakt de schulden van het gezin op?";

    @Inject
    AgroalDataSource db;

    @Test
    void openEscalationsAndExpiringScenariosAreOnTheWorklist() throws SQLException {
        String police = Tokens.thirdPoliceDirector();
        String caseId = CaseRequestsForTests.open(police, "Escalatielijst");
        String base = "/ui/cases/" + caseId;
        ProcessDirectorRunsACaseWithTheFormsTest.post(police, base + "/escalations",
                Map.of("escalationDirection", "ESCALATE", "escalationLevel", "PROCESS", "escalationQuestion", QUESTION),
                303);
        String personId = given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().statusCode(200)
                .extract().path("persons[0].personId");
        ProcessDirectorRunsACaseWithTheFormsTest.post(police, base + "/zsm",
                Map.of("zsmPerson", personId, "zsmScenario", "Snelrecht met bijzondere voorwaarde schuldhulp."), 303);

        given().auth().oauth2(police).when().get("/ui?tab=escalations").then().statusCode(200)
                .body(containsString(QUESTION))
                .body(containsString("/ui/cases/" + caseId + "?open=escalation#escalation"));
        given().auth().oauth2(police).when().get(base + "?open=escalation").then().statusCode(200)
                .body(containsString("<details id=\"escalation\" class=\"zvh-section\" open>"))
                .body(not(containsString("utrecht-alert--ok")));
        given().auth().oauth2(police).when().get("/ui?tab=zsm").then().statusCode(200)
                .body(not(containsString("/ui/cases/" + caseId + "/zsm/")));

        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update zsm_scenario set valid_until = current_date + 10 where case_id = ?")) {
            s.setObject(1, UUID.fromString(caseId));
            s.executeUpdate();
        }
        given().auth().oauth2(police).when().get("/ui?tab=zsm").then().statusCode(200)
                .body(containsString("/ui/cases/" + caseId + "/zsm/")).body(containsString("Geldig tot en met"));

        String page = given().auth().oauth2(police).when().get(base).then().extract().asString();
        Matcher step = Pattern.compile("<option value=\"([0-9a-f-]{36})\"[^>]*>" + Pattern.quote(QUESTION))
                .matcher(page);
        assertTrue(step.find(), "the open escalation can be answered");
        ProcessDirectorRunsACaseWithTheFormsTest.post(police, base + "/escalations/answer",
                Map.of("answerEscalation", step.group(1), "answerText", "De gemeente pakt het op."), 303);
        given().auth().oauth2(police).when().get("/ui?tab=escalations").then().statusCode(200)
                .body(not(containsString(QUESTION)));
    }
}
