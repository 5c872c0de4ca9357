package nl.zvh.intake.reference;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static org.hamcrest.Matchers.containsString;
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

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", municipality)).when()
                .post("/api/reference/admin/municipalities").then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", organisation, "domain", "MUNICIPALITY")).when()
                .post("/api/reference/admin/organisations").then().statusCode(201);
        given().auth().oauth2(referrer).when().get("/api/reference/municipalities").then().statusCode(200).body("$",
                hasItem(municipality));

        Map<String, Object> body = ReferralRequests.valid();
        body.put("municipality", municipality);
        given().auth().oauth2(referrer).contentType(ContentType.JSON).body(body).when().post("/api/referrals").then()
                .statusCode(201).body("referrerDomain", equalTo("MUNICIPALITY"));

        given().auth().oauth2(otherAdmin).when()
                .post("/api/reference/admin/municipalities/" + municipality + "/deactivate").then().statusCode(404);
        given().auth().oauth2(admin).when().post("/api/reference/admin/municipalities/" + municipality + "/deactivate")
                .then().statusCode(200);
        given().auth().oauth2(referrer).when().get("/api/reference/municipalities").then().statusCode(200).body("$",
                not(hasItem(municipality)));
        given().auth().oauth2(referrer).contentType(ContentType.JSON).body(body).when().post("/api/referrals").then()
                .statusCode(400).body("errors.field", hasItem("municipality"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", municipality)).when()
                .post("/api/reference/admin/municipalities").then().statusCode(201);
    }

    @Test
    void theAdminPageListsAndAddsThroughTheGatewayPrefix() {
        String municipality = "Formulier-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).header("X-Forwarded-Prefix", "/intake").redirects().follow(false).when()
                .get("/ui/").then().statusCode(303).header("Location", "/intake/ui/admin/reference");
        String location = given().auth().oauth2(admin).header("X-Forwarded-Prefix", "/intake").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("name", municipality).when()
                .post("/ui/admin/reference/municipalities").then().statusCode(303)
                .header("Location", "/intake/ui/admin/reference?notice=municipality-added&name=" + municipality)
                .extract().header("Location");
        given().auth().oauth2(admin).header("X-Forwarded-Prefix", "/intake").when()
                .get(location.substring("/intake".length())).then().statusCode(200)
                .body(containsString("Bergen op Zoom")).body(containsString(municipality))
                .body(containsString("<h1>Referentiegegevens")).body(containsString("id=\"zvh-logout\""))
                .body(containsString("Gemeente " + municipality + " is toegevoegd."))
                .body(containsString("id=\"reference-data\" href=\"/intake/ui/admin/reference\" aria-current=\"page\""))
                .body(containsString(">Bestuur</option>")).body(not(containsString(">MUNICIPALITY<")));
    }

    @Test
    void aRefusedAdditionShowsTheFormAgainWithDutchMessages() {
        String typed = "x".repeat(101);
        given().auth().oauth2(admin).header("X-Forwarded-Prefix", "/intake").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("name", typed).when()
                .post("/ui/admin/reference/municipalities").then().statusCode(422)
                .contentType(containsString("text/html")).body(containsString("value=\"" + typed + "\""))
                .body(containsString("<a href=\"#municipality-name\">De naam is te lang: maximaal 100 tekens.</a>"))
                .body(containsString("id=\"municipality-name-error\""));
        given().auth().oauth2(admin).header("X-Forwarded-Prefix", "/intake").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("name", "Nieuwe partner")
                .formParam("domain", "MAGIC").when().post("/ui/admin/reference/organisations").then().statusCode(422)
                .body(containsString("value=\"Nieuwe partner\""))
                .body(containsString("<a href=\"#organisation-domain\">Kies een domein uit de lijst.</a>"));
    }

    @Test
    void onlyTheFunctionalAdminMaintainsAndInputIsChecked() {
        String referrer = TestTokens.token("agent", "Politie Zeeland-West-Brabant", HOUSE, "referrer");
        given().auth().oauth2(referrer).contentType(ContentType.JSON).body(Map.of("name", "Sneaky")).when()
                .post("/api/reference/admin/municipalities").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "X", "domain", "MAGIC")).when()
                .post("/api/reference/admin/organisations").then().statusCode(400)
                .body("errors.field", hasItem("domain"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", " ")).when()
                .post("/api/reference/admin/municipalities").then().statusCode(400)
                .body("errors.field", hasItem("name"));
    }
}
