package nl.zvh.triage.check;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import nl.zvh.triage.PublishedEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: a familiarity check belongs to the organisation that answers it ({@link FamiliarityCheckOwner}). The
 * police and Veilig Thuis answer; at the session a member of the Openbaar Ministerie reads both answers. The police's
 * privacy officer finds the OM member's read of the police's answer, but nothing about Veilig Thuis' answer; Veilig
 * Thuis' officer the other way round.
 */
@QuarkusTest
class PartnerPrivacyOfficerSeesWhoReadItsOrganisationsAnswersTest {
    static final String POLICE = PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.POLICE;
    static final String VT = "Veilig Thuis West-Brabant";
    static final String OM = "Openbaar Ministerie";
    final String policeOfficer = TestTokens.token("politie-fg-check", POLICE, "markiezaten", "privacy-officer");
    final String vtOfficer = TestTokens.token("vt-fg-check", VT, "markiezaten", "privacy-officer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theAnsweringOrganisationsOfficerSeesWhoReadItsAnswerAndNothingAboutAnothers() throws Exception {
        String referralId = UUID.randomUUID().toString();
        IntakeSamples.send(bootstrap, referralId, IntakeSamples.submitted(referralId, Instant.now()));
        List<JsonNode> requested = PublishedEvents.await(bootstrap, "zvh.triage.familiarity-check", 5,
                PublishedEvents.ofType("FamiliarityCheckRequested", referralId));
        String policeCheck = checkOf(requested, POLICE);
        String vtCheck = checkOf(requested, VT);
        answer(PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.POLICE_SYSTEM, policeCheck);
        answer(PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.VT_SYSTEM, vtCheck);

        String chair = PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.CHAIR;
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String session = given().auth().oauth2(chair).contentType(ContentType.JSON)
                .body(Map.of("date", today, "time", "00:00", "reason", "spoed")).when().post("/api/triage/sessions")
                .then().statusCode(201).extract().path("sessionId");
        given().auth().oauth2(chair).contentType(ContentType.JSON).body(Map.of("referralId", referralId)).when()
                .post("/api/triage/sessions/" + session + "/items").then().statusCode(200);
        given().auth().oauth2(PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.OM_MEMBER).when()
                .get("/api/triage/referrals/" + referralId + "/checks").then().statusCode(200);

        given().auth().oauth2(policeOfficer).queryParam("resourceId", policeCheck).when().get("/api/audit").then()
                .statusCode(200).body("userName", hasItems("om-lid", "service-account-police-zwb-system"))
                .body("organisation", hasItem(OM));
        given().auth().oauth2(policeOfficer).queryParam("resourceId", vtCheck).when().get("/api/audit").then()
                .statusCode(200).body("$", empty());
        given().auth().oauth2(vtOfficer).queryParam("resourceId", vtCheck).when().get("/api/audit").then()
                .statusCode(200).body("userName", hasItems("om-lid", "vt-systeem"));
        given().auth().oauth2(vtOfficer).queryParam("resourceId", policeCheck).when().get("/api/audit").then()
                .statusCode(200).body("$", empty());
    }

    private static String checkOf(List<JsonNode> requested, String organisation) {
        return requested.stream().map(e -> e.path("payload"))
                .filter(p -> organisation.equals(p.path("organisation").asText())).findFirst().orElseThrow()
                .path("checkId").asText();
    }

    private static void answer(String system, String checkId) {
        given().auth().oauth2(system).contentType(ContentType.JSON)
                .body(Map.of("known", true, "summary", "Bekend, zie eigen dossier", "sourceSystem", "BVH",
                        "sensitivity", "NORMAL"))
                .when().put("/api/triage/checks/" + checkId + "/answer").then().statusCode(200);
    }
}
