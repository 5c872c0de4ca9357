package nl.zvh.intake.referral;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.HOUSING;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferrerSeesOnlyOwnOrganisationReferralsTest {

    private final String police = TestTokens.token("agent-de-vries", POLICE, HOUSE, "referrer");
    private final String housing = TestTokens.token("consulent-bakker", HOUSING, HOUSE, "referrer");
    private final String otherHouseChair = TestTokens.token("chair-haaglanden", "ZVH Haaglanden", "haaglanden",
            "triage-chair");
    private final String chair = TestTokens.token("chair-markiezaten", "ZVH De Markiezaten", HOUSE, "triage-chair");
    private final String analyst = TestTokens.token("analyst", "ZVH De Markiezaten", HOUSE, "analyst");

    @Test
    void anotherOrganisationAndAnotherHouseGet404AndTheTableSeesTheHouse() {
        String id = given().auth().oauth2(police).contentType(ContentType.JSON).body(ReferralRequests.valid()).when()
                .post("/api/referrals").then().statusCode(201).extract().path("id");

        given().auth().oauth2(housing).when().get("/api/referrals/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(otherHouseChair).when().get("/api/referrals/" + id).then().statusCode(404);
        given().auth().oauth2(chair).when().get("/api/referrals/" + id).then().statusCode(200)
                .body("referrerOrganisation", equalTo(POLICE));

        given().auth().oauth2(housing).when().get("/api/referrals").then().statusCode(200).body("id", not(hasItem(id)))
                .body("referrerOrganisation", everyItem(equalTo(HOUSING)));
        given().auth().oauth2(police).when().get("/api/referrals").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(housing).contentType(ContentType.JSON).body("{\"reason\":\"mistake\"}").when()
                .post("/api/referrals/" + id + "/withdraw").then().statusCode(404);
    }

    @Test
    void withoutTokenIs401AndWithoutRoleIs403() {
        given().when().get("/api/referrals").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").when().get("/api/referrals").then().statusCode(401);
        given().auth().oauth2(analyst).when().get("/api/referrals").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(chair).contentType(ContentType.JSON).body(ReferralRequests.valid()).when()
                .post("/api/referrals").then().statusCode(403);
    }

    @Test
    void referrerWithdrawsOwnReferralBeforeTriage() {
        String id = given().auth().oauth2(housing).contentType(ContentType.JSON).body(ReferralRequests.valid()).when()
                .post("/api/referrals").then().statusCode(201).extract().path("id");
        given().auth().oauth2(housing).contentType(ContentType.JSON).body("{\"reason\":\"solved by our own team\"}")
                .when().post("/api/referrals/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(housing).contentType(ContentType.JSON).body("{}").when()
                .post("/api/referrals/" + id + "/withdraw").then().statusCode(409)
                .contentType("application/problem+json");
    }
}
