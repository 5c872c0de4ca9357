package nl.zvh.triage.check;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import nl.zvh.triage.PublishedEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The police's system reads a check for one of its officers and names her in {@code X-On-Behalf-Of}: the audit log
 * shows it. A police member who sends the same header reads under her own name only: a person cannot write someone
 * else into the audit log.
 */
@QuarkusTest
class OnlyAPartnerSystemSaysOnWhoseBehalfItReadsTest {
    static final String OFFICER = "Inspecteur J. de Vries";
    static final String PRIVACY_OFFICER = TestTokens.token("fg", "ZVH De Markiezaten", "markiezaten",
            "privacy-officer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theHeaderCountsForThePartnerSystemAndForNobodyElse() throws Exception {
        String referralId = UUID.randomUUID().toString();
        IntakeSamples.send(bootstrap, referralId, IntakeSamples.submitted(referralId, Instant.now()));
        List<JsonNode> requested = PublishedEvents.await(bootstrap, "zvh.triage.familiarity-check", 5,
                PublishedEvents.ofType("FamiliarityCheckRequested", referralId));
        String checkId = requested.stream().map(e -> e.path("payload"))
                .filter(p -> PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.POLICE
                        .equals(p.path("organisation").asText()))
                .findFirst().orElseThrow().path("checkId").asText();

        given().auth().oauth2(PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.POLICE_MEMBER)
                .header("X-On-Behalf-Of", "Iemand Anders").when().get("/api/triage/checks/" + checkId).then()
                .statusCode(200);
        given().auth().oauth2(PRIVACY_OFFICER).queryParam("resourceId", checkId).queryParam("user", "politie-lid")
                .when().get("/api/audit").then().statusCode(200).body("action", hasItem("READ"))
                .body("onBehalfOf", everyItem(nullValue()));

        given().auth().oauth2(PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.POLICE_SYSTEM)
                .header("X-On-Behalf-Of", OFFICER).when().get("/api/triage/checks/" + checkId).then().statusCode(200);
        given().auth().oauth2(PRIVACY_OFFICER).queryParam("resourceId", checkId)
                .queryParam("user", "service-account-police-zwb-system").when().get("/api/audit").then().statusCode(200)
                .body("onBehalfOf", hasItem(OFFICER)).body("onBehalfOf", not(hasItem("Iemand Anders")));
    }
}
