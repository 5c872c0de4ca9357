package nl.zvh.intake.referral;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.HOUSING;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: a referral belongs to its referrer's organisation ({@link ReferralOwner}). A GGZ triage member reads a
 * police referral and a housing corporation's referral. The police's privacy officer finds the GGZ member's read of
 * the police referral (and its own referrer's submission), but nothing about the housing corporation's referral; the
 * housing corporation's officer the other way round.
 */
@QuarkusTest
class PartnerPrivacyOfficerSeesWhatOthersDidWithItsReferralsTest {
    static final String GGZ = "GGZ Westelijk Noord-Brabant";
    final String police = TestTokens.token("agent-eigenaar", POLICE, HOUSE, "referrer");
    final String housing = TestTokens.token("consulent-eigenaar", HOUSING, HOUSE, "referrer");
    final String ggzMember = TestTokens.token("ggz-tafellid-eigenaar", GGZ, HOUSE, "triage-member");
    final String policeOfficer = TestTokens.token("politie-fg-eigenaar", POLICE, HOUSE, "privacy-officer");
    final String housingOfficer = TestTokens.token("woonkwartier-fg-eigenaar", HOUSING, HOUSE, "privacy-officer");

    @Test
    void theReferrersOfficerSeesWhoReadItsReferralAndNothingAboutAnothers() {
        String policeReferral = submit(police);
        String housingReferral = submit(housing);
        given().auth().oauth2(ggzMember).when().get("/api/referrals/" + policeReferral).then().statusCode(200);
        given().auth().oauth2(ggzMember).when().get("/api/referrals/" + housingReferral).then().statusCode(200);

        given().auth().oauth2(policeOfficer).queryParam("resourceId", policeReferral).when().get("/api/audit").then()
                .statusCode(200).body("userName", hasItems("ggz-tafellid-eigenaar", "agent-eigenaar"))
                .body("organisation", hasItem(GGZ));
        given().auth().oauth2(policeOfficer).queryParam("resourceId", housingReferral).when().get("/api/audit").then()
                .statusCode(200).body("$", empty());
        given().auth().oauth2(housingOfficer).queryParam("resourceId", housingReferral).when().get("/api/audit").then()
                .statusCode(200).body("userName", hasItems("ggz-tafellid-eigenaar", "consulent-eigenaar"));
        given().auth().oauth2(housingOfficer).queryParam("resourceId", policeReferral).when().get("/api/audit").then()
                .statusCode(200).body("$", empty());
    }

    private static String submit(String referrer) {
        return given().auth().oauth2(referrer).contentType(ContentType.JSON).body(ReferralRequests.valid()).when()
                .post("/api/referrals").then().statusCode(201).extract().path("id");
    }
}
