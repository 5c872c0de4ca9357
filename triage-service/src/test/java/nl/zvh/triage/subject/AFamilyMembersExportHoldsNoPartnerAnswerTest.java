package nl.zvh.triage.subject;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import nl.zvh.triage.PublishedEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, attack 2: a family member's data-subject export held the police's strictly confidential answer. Now the
 * export says which partners were asked and that they answered, but never what: a strictly confidential answer is
 * withheld on that ground, any other partner's answer as the partner's own information; the referral's question about
 * the main person is withheld from a family member's export. Each withheld item is listed for the privacy officer.
 * The draft and the release are audited with their own purpose.
 */
@QuarkusTest
class AFamilyMembersExportHoldsNoPartnerAnswerTest {
    static final String POLICE = "Politie Zeeland-West-Brabant";
    static final String VT = "Veilig Thuis West-Brabant";
    static final String SECRET = "Lopend opsporingsonderzoek naar de partner; niet delen.";
    static final String VT_ANSWER = "Melding huiselijk geweld in 2025, afgesloten met advies.";

    private final String policeSystem = TestTokens.token("service-account-police-zwb-system", POLICE, "markiezaten",
            "partner-system");
    private final String vtSystem = TestTokens.token("vt-systeem", VT, "markiezaten", "partner-system");
    private final String officer = TestTokens.token("fg-triage-export", "ZVH De Markiezaten", "markiezaten",
            "privacy-officer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theDraftListsWhatIsWithheldAndShowsNoneOfIt() throws Exception {
        String referralId = UUID.randomUUID().toString();
        String partner = UUID.randomUUID().toString();
        String submitted = Files.readString(IntakeSamples.SAMPLES.resolve("ReferralSubmitted-v1.json"))
                .replace(IntakeSamples.SAMPLE_REFERRAL, referralId).replace(IntakeSamples.SAMPLE_PARTNER, partner)
                .replace(IntakeSamples.SAMPLE_MAIN, UUID.randomUUID().toString())
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"")
                .replace("2026-11-23T09:15:00Z", Instant.now().toString());
        IntakeSamples.send(bootstrap, referralId, submitted);
        List<JsonNode> requested = PublishedEvents.await(bootstrap, "zvh.triage.familiarity-check", 5,
                PublishedEvents.ofType("FamiliarityCheckRequested", referralId));
        answer(policeSystem, checkOf(requested, POLICE), true, SECRET, "STRICTLY_CONFIDENTIAL");
        answer(vtSystem, checkOf(requested, VT), true, VT_ANSWER, "NORMAL");

        String police = "records[0].familiarityChecks.find { it.organisation == '" + POLICE + "' }";
        String vt = "records[0].familiarityChecks.find { it.organisation == '" + VT + "' }";
        given().auth().oauth2(officer).queryParam("personId", partner).queryParam("stage", "draft").when()
                .get("/api/subject").then().statusCode(200).body("records.size()", equalTo(1))
                .body("records[0].lastName", equalTo("El Amrani")).body(police + ".status", equalTo("ANSWERED"))
                .body(police + ".summary", nullValue()).body(police + ".known", nullValue())
                .body(police + ".withheld[0].ground", equalTo("STRICTLY_CONFIDENTIAL"))
                .body(police + ".withheld[0].about", equalTo(POLICE))
                .body(vt + ".withheld[0].ground", equalTo("PARTNER_INFORMATION"))
                .body("records[0].question", nullValue()).body("records[0].withheld.item", hasItem("referral-question"))
                .body(not(containsString("opsporingsonderzoek"))).body(not(containsString("huiselijk geweld in 2025")))
                .body(not(containsString("Escalating domestic violence")));

        given().auth().oauth2(officer).queryParam("personId", partner).queryParam("stage", "release").when()
                .get("/api/subject").then().statusCode(200).body(not(containsString("opsporingsonderzoek")));
        given().auth().oauth2(officer).queryParam("personId", partner).queryParam("stage", "later").when()
                .get("/api/subject").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("stage"));
        given().auth().oauth2(officer).queryParam("person", partner).queryParam("limit", 100).when().get("/api/audit")
                .then().statusCode(200)
                .body("findAll { it.action == 'EXPORT' }.purpose", hasItem("data-subject-access"))
                .body("findAll { it.action == 'EXPORT' }.purpose", hasItem("data-subject-access-released"));
    }

    private static String checkOf(List<JsonNode> requested, String organisation) {
        return requested.stream().map(e -> e.path("payload"))
                .filter(p -> organisation.equals(p.path("organisation").asText())).findFirst().orElseThrow()
                .path("checkId").asText();
    }

    private static void answer(String token, String checkId, boolean known, String summary, String sensitivity) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("known", known, "summary", summary, "sourceSystem", "test", "sensitivity", sensitivity))
                .when().put("/api/triage/checks/" + checkId + "/answer").then().statusCode(200);
    }
}
