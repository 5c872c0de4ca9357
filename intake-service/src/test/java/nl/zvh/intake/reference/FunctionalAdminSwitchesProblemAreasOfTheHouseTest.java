package nl.zvh.intake.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.zvh.intake.referral.ReferralRequests;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The functional admin of house Drenthe switches the problem area "Stalking" off on the reference data page: the
 * house's referral form and API no longer offer or accept it, another house still does; a switch with a stale
 * version changes nothing; switched on again, it is offered again.
 */
@QuarkusTest
class FunctionalAdminSwitchesProblemAreasOfTheHouseTest {
    private static final String DRENTHE = "drenthe";

    private final String admin = TestTokens.token("beheerder-drenthe", "Zorg- en Veiligheidshuis Drenthe", DRENTHE,
            "functional-admin");
    private final String referrer = TestTokens.token("wijkagent-assen", "Politie Noord-Nederland", DRENTHE, "referrer");
    private final String otherHouseReferrer = TestTokens.token("agent", "Politie Zeeland-West-Brabant", "markiezaten",
            "referrer");

    @Test
    void aProblemAreaSwitchedOffIsNotOfferedInTheHouseUntilSwitchedOnAgain() {
        int version = given().auth().oauth2(admin).when().get("/api/reference/admin/problem-areas").then()
                .statusCode(200).extract().path("find { it.code == 'STALKING' }.version");
        page().formParam("active", "false").formParam("version", String.valueOf(version))
                .post("/admin/reference/problem-areas/STALKING/state").then().statusCode(303)
                .header("Location", containsString("notice=problem-area-deactivated"));
        try {
            page().get("/admin/reference?notice=problem-area-deactivated&name=Stalking").then().statusCode(200)
                    .body(containsString("Problematiek Stalking is uitgezet voor dit huis."))
                    .body(containsString("Heractiveren<span class=\"zvh-visually-hidden\"> Stalking</span>"));
            given().auth().oauth2(referrer).when().get("/api/reference/problem-areas").then().statusCode(200)
                    .body("code", not(hasItem("STALKING"))).body("code", hasItem("ADDICTION"));
            given().auth().oauth2(otherHouseReferrer).when().get("/api/reference/problem-areas").then().statusCode(200)
                    .body("code", hasItem("STALKING"));
            Map<String, Object> body = ReferralRequests.valid();
            body.put("municipality", "Assen");
            body.put("problemAreas", List.of("STALKING"));
            given().auth().oauth2(referrer).contentType(ContentType.JSON).body(body).when().post("/api/referrals")
                    .then().statusCode(400).body("errors.field", hasItem("problemAreas"));
            given().auth().oauth2(referrer).when().get("/ui/referrals/new").then().statusCode(200)
                    .body(not(containsString("value=\"STALKING\"")));
            page().formParam("active", "true").formParam("version", String.valueOf(version))
                    .post("/admin/reference/problem-areas/STALKING/state").then().statusCode(303)
                    .header("Location", containsString("notice=stale-state"));
        } finally {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("active", true, "version", version + 1)).when()
                    .put("/api/reference/admin/problem-areas/STALKING").then().statusCode(200);
        }
        given().auth().oauth2(referrer).when().get("/api/reference/problem-areas").then().statusCode(200).body("code",
                hasItem("STALKING"));
    }

    private io.restassured.specification.RequestSpecification page() {
        return given().auth().oauth2(admin).header("X-Forwarded-Prefix", "/intake").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").basePath("/ui");
    }
}
