package nl.zvh.intake.reference;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import nl.zvh.intake.referral.ReferralRequests;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FunctionalAdminMaintainsReferenceDataTest {

    private final String admin = TestTokens.token("beheerder", "ZVH De Markiezaten", HOUSE, "functional-admin");
    private final String otherAdmin = TestTokens.token("beheerder-zeeland", "ZVH Zeeland", "zeeland",
            "functional-admin");

    @Test
    void addedMunicipalityCanBeReferredToUntilItIsDeactivated() {
        String municipality = "Nieuw-" + UUID.randomUUID().toString().substring(0, 8);
        String organisation = "Wijkteam " + municipality;
        String referrer = TestTokens.token("wijkcoach", organisation, HOUSE, "referrer");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", municipality))
                .when().post("/api/reference/admin/municipalities").then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", organisation, "domain", "MUNICIPALITY"))
                .when().post("/api/reference/admin/organisations").then().statusCode(201);
        given().auth().oauth2(referrer).when().get("/api/reference/municipalities")
                .then().statusCode(200).body("$", hasItem(municipality));

        Map<String, Object> body = ReferralRequests.valid();
        body.put("municipality", municipality);
        given().auth().oauth2(referrer).contentType(ContentType.JSON).body(body).when().post("/api/referrals")
                .then().statusCode(201).body("referrerDomain", equalTo("MUNICIPALITY"));

        given().auth().oauth2(otherAdmin).when().post("/api/reference/admin/municipalities/" + municipality
                + "/deactivate").then().statusCode(404);
        given().auth().oauth2(admin).when().post("/api/reference/admin/municipalities/" + municipality
                + "/deactivate").then().statusCode(200);
        given().auth().oauth2(referrer).when().get("/api/reference/municipalities")
                .then().statusCode(200).body("$", not(hasItem(municipality)));
        given().auth().oauth2(referrer).contentType(ContentType.JSON).body(body).when().post("/api/referrals")
                .then().statusCode(400).body("errors.field", hasItem("municipality"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", municipality))
                .when().post("/api/reference/admin/municipalities").then().statusCode(201);
    }

    @Test
    void theAdminPageListsAndAddsThroughTheGatewayPrefix() {
        String municipality = "Formulier-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).header("X-Forwarded-Prefix", "/intake").redirects().follow(false)
                .when().get("/ui/").then().statusCode(303).header("Location", "/intake/ui/admin/reference");
        given().auth().oauth2(admin).header("X-Forwarded-Prefix", "/intake").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("name", municipality)
                .when().post("/ui/admin/reference/municipalities")
                .then().statusCode(303).header("Location", "/intake/ui/admin/reference");
        given().auth().oauth2(admin).header("X-Forwarded-Prefix", "/intake").when().get("/ui/admin/reference")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("Bergen op Zoom"))
                .body(org.hamcrest.Matchers.containsString(municipality))
                .body(org.hamcrest.Matchers.containsString("Referentiegegevens van het huis"));
    }

    @Test
    void onlyTheFunctionalAdminMaintainsAndInputIsChecked() {
        String referrer = TestTokens.token("agent", "Politie Zeeland-West-Brabant", HOUSE, "referrer");
        given().auth().oauth2(referrer).contentType(ContentType.JSON).body(Map.of("name", "Sneaky"))
                .when().post("/api/reference/admin/municipalities").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "X", "domain", "MAGIC"))
                .when().post("/api/reference/admin/organisations")
                .then().statusCode(400).body("errors.field", hasItem("domain"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", " "))
                .when().post("/api/reference/admin/municipalities")
                .then().statusCode(400).body("errors.field", hasItem("name"));
    }
}
