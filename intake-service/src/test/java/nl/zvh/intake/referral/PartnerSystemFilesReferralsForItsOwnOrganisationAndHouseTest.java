package nl.zvh.intake.referral;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.zvh.platform.testing.ManagementInterface;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The police's partner system (client credentials: role partner-system, organisation and house claims, as Keycloak's
 * client police-zwb-system) files a referral as the API description says: for its own organisation in its own house,
 * and reads it back at its Location; another house's system does not see it, a system without a house files nothing,
 * and the system cannot file for a municipality of another house.
 */
@QuarkusTest
class PartnerSystemFilesReferralsForItsOwnOrganisationAndHouseTest {

    private final String policeSystem = TestTokens.token("service-account-police-zwb-system", POLICE, HOUSE,
            "partner-system");
    private final String otherHouseSystem = TestTokens.token("service-account-police-dh-system",
            "Politie Eenheid Den Haag", "haaglanden", "partner-system");
    private final String nationalSystem = TestTokens.token("service-account-dji-prison-service",
            "Dienst Justitiële Inrichtingen", null, "partner-system");

    @Test
    void thePoliceSystemFilesAReferralOfItsOwnOrganisationAndReadsItBack() {
        String location = given().auth().oauth2(policeSystem).contentType(ContentType.JSON)
                .body(ReferralRequests.valid()).when().post("/api/referrals").then().statusCode(201)
                .body("referrerOrganisation", equalTo(POLICE)).body("referrerDomain", equalTo("JUSTICE"))
                .body("status", equalTo("SUBMITTED")).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().auth().oauth2(policeSystem).when().get("/api/referrals/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("municipality", equalTo("Roosendaal"));
        given().auth().oauth2(otherHouseSystem).when().get("/api/referrals/" + id).then().statusCode(404);
    }

    @Test
    void aSystemWithoutAHouseOrForAnotherHousesMunicipalityFilesNothing() {
        given().auth().oauth2(nationalSystem).contentType(ContentType.JSON).body(ReferralRequests.valid()).when()
                .post("/api/referrals").then().statusCode(403);
        Map<String, Object> elsewhere = ReferralRequests.valid();
        elsewhere.put("municipality", "Den Haag");
        given().auth().oauth2(policeSystem).contentType(ContentType.JSON).body(elsewhere).when().post("/api/referrals")
                .then().statusCode(400).body("errors.field", hasItem("municipality"));
    }

    @Test
    void theApiDescriptionSaysPartnerSystemsMayFileReferrals() {
        ManagementInterface.given().accept("application/json").when().get("/q/openapi").then().statusCode(200).body(
                "paths.'/api/referrals'.post.description", org.hamcrest.Matchers.containsString("partner systems"));
    }
}
