package nl.zvh.intake.referral;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.zvh.platform.testing.ManagementInterface;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A partner system reads in every answer of the API which version answered ({@code API-Version}, NL GOV API Design
 * Rules): on success, on a refused request and on a request the API does not know; the same version the OpenAPI
 * document names. Pages are not an API and carry no version.
 */
@QuarkusTest
class PartnerSystemSeesWhichApiVersionAnsweredTest {

    private final String policeSystem = TestTokens.token("service-account-police-zwb-system", POLICE, HOUSE,
            "partner-system");

    @Test
    void everyAnswerOfTheApiNamesTheVersionTheDocumentNames() {
        String version = ManagementInterface.given().accept("application/json").when().get("/q/openapi").then()
                .statusCode(200).extract().path("info.version");
        given().auth().oauth2(policeSystem).contentType(ContentType.JSON).body(ReferralRequests.valid()).when()
                .post("/api/referrals").then().statusCode(201).header("API-Version", equalTo(version));
        Map<String, Object> invalid = ReferralRequests.valid();
        invalid.put("municipality", "Den Haag");
        given().auth().oauth2(policeSystem).contentType(ContentType.JSON).body(invalid).when().post("/api/referrals")
                .then().statusCode(400).header("API-Version", equalTo(version));
        given().auth().oauth2(policeSystem).when().get("/api/referrals/00000000-0000-0000-0000-000000000000").then()
                .statusCode(404).header("API-Version", equalTo(version));
        given().auth().oauth2(policeSystem).when().contentType("text/csv").body("x").post("/api/history/referrals")
                .then().statusCode(403).header("API-Version", equalTo(version));
        org.junit.jupiter.api.Assertions.assertTrue(version.matches("\\d+\\.\\d+\\.\\d+"), version);
    }

    @Test
    void aPageIsNoApiAndCarriesNoVersion() {
        given().redirects().follow(false).when().get("/ui/").then().header("API-Version", nullValue());
    }
}
