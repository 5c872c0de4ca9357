package nl.zvh.intake.badinput;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import nl.zvh.intake.referral.ReferralRequests;
import nl.zvh.platform.testing.BadInputProbe;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.platform.testing.WriteEndpoints;
import org.junit.jupiter.api.Test;

/**
 * Every JSON write endpoint of intake (from its OpenAPI: referrals, drafts, withdrawals, reference data) withstands
 * the bad-input corpus: no 5xx, every rejection a problem naming the field at fault, nothing stored when rejected.
 * Draft updates and withdrawals run against a real draft/referral so the corpus reaches the database.
 */
@QuarkusTest
class HostileInputToIntakeIsRejectedAsProblemTest {
    private final String everyRole = TestTokens.token("corpus-agent", POLICE, HOUSE, "referrer", "triage-chair",
            "triage-member", "functional-admin");

    @Inject
    DataSource dataSource;

    @Test
    void everyJsonWriteEndpointWithstandsTheCorpus() throws Exception {
        String valid = new ObjectMapper().writeValueAsString(ReferralRequests.valid());
        String draft = given().auth().oauth2(everyRole).contentType(ContentType.JSON).body(valid)
                .post("/api/referrals/drafts").then().statusCode(201).extract().path("id");
        String submitted = given().auth().oauth2(everyRole).contentType(ContentType.JSON).body(valid)
                .post("/api/referrals").then().statusCode(201).extract().path("id");
        Map<String, String> realPaths = Map.of("/api/referrals/{id}", "/api/referrals/" + draft,
                "/api/referrals/{id}/withdraw", "/api/referrals/" + submitted + "/withdraw");
        Map<String, String> validBodies = Map.of("/api/referrals", valid, "/api/referrals/drafts", valid,
                "/api/referrals/{id}", valid);

        BadInputProbe probe = new BadInputProbe(dataSource);
        for (WriteEndpoints.Endpoint e : WriteEndpoints.fromOpenApi()) {
            probe.probe(e.method(), realPaths.getOrDefault(e.template(), e.path()), everyRole,
                    validBodies.getOrDefault(e.template(), e.plausibleBody()));
        }
        assertTrue(probe.endpoints() >= 6, "found the write endpoints in the OpenAPI document");
        probe.assertNoViolations();
    }
}
