package nl.zvh.intake.ui;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The functional admin on intake's reference data pages: opens a municipality's edit page (its version in the
 * form), renames it and sees the list with the new name; a save from a page opened before that rename is refused
 * with 409, the typed name kept and a Dutch message saying what is saved now. A partner organisation added again
 * with another domain is refused on the page; a deactivated one is reactivated with its button.
 */
@QuarkusTest
class FunctionalAdminEditsReferenceDataOnScreenTest {
    private final String admin = TestTokens.token("beheerder", "ZVH De Markiezaten", HOUSE, "functional-admin");

    @Test
    void aRenameShowsInTheListAndAStaleSaveKeepsTheInputWithADutchMessage() {
        String name = "Scherm-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", name)).when()
                .post("/api/reference/admin/municipalities").then().statusCode(201).extract()
                .path("municipalities.find { it.name == '" + name + "' }.id");
        page().get("/admin/reference").then().statusCode(200)
                .body(containsString("href=\"/intake/ui/admin/reference/municipalities/" + id + "\""));
        page().get("/admin/reference/municipalities/" + id).then().statusCode(200)
                .body(containsString("<h1>Gemeente wijzigen</h1>")).body(containsString("name=\"version\" value=\"0\""))
                .body(containsString("value=\"" + name + "\""));

        String renamed = name + "-Noord";
        page().formParam("name", renamed).formParam("version", "0").post("/admin/reference/municipalities/" + id).then()
                .statusCode(303).header("Location", containsString("notice=saved"));
        page().get("/admin/reference?notice=saved&name=" + renamed).then().statusCode(200)
                .body(containsString(renamed + " is opgeslagen.")).body(not(containsString(">" + name + "<")));

        page().formParam("name", name + "-Zuid").formParam("version", "0").post("/admin/reference/municipalities/" + id)
                .then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString("value=\"" + name + "-Zuid\""))
                .body(containsString("Iemand anders heeft dit intussen gewijzigd. Nu opgeslagen: " + renamed))
                .body(containsString("name=\"version\" value=\"1\""));
        page().formParam("name", "").formParam("version", "1").post("/admin/reference/municipalities/" + id).then()
                .statusCode(422).body(containsString("id=\"name-error\""));
    }

    @Test
    void aPartnerAddedAgainWithAnotherDomainIsRefusedAndADeactivatedOneReactivated() {
        String name = "Stichting " + UUID.randomUUID().toString().substring(0, 8);
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", name, "domain", "CARE")).when().post("/api/reference/admin/organisations").then()
                .statusCode(201).extract().path("organisations.find { it.name == '" + name + "' }.id");
        page().formParam("name", name).formParam("domain", "YOUTH").post("/admin/reference/organisations").then()
                .statusCode(409).body(containsString("value=\"" + name + "\""))
                .body(containsString("bestaat al met domein Zorg"));

        page().formParam("active", "false").formParam("version", "0")
                .post("/admin/reference/organisations/" + id + "/state").then().statusCode(303)
                .header("Location", containsString("notice=organisation-deactivated"));
        page().get("/admin/reference").then().statusCode(200).body(containsString("Heractiveren<span"));
        page().formParam("active", "false").formParam("version", "0")
                .post("/admin/reference/organisations/" + id + "/state").then().statusCode(303)
                .header("Location", containsString("notice=stale-state"));
        page().formParam("active", "true").formParam("version", "1")
                .post("/admin/reference/organisations/" + id + "/state").then().statusCode(303)
                .header("Location", containsString("notice=reactivated"));
        page().get("/admin/reference?notice=reactivated&name=" + name).then().statusCode(200)
                .body(containsString(name + " is weer actief."));
    }

    private RequestSpecification page() {
        return given().auth().oauth2(admin).header("X-Forwarded-Prefix", "/intake").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").basePath("/ui");
    }
}
