package nl.zvh.gateway.subject;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The privacy officer's export asks every service with the officer's own token and composes the answers into one
 * JSON download and a readable PDF; a service that does not answer makes the export visibly incomplete. Only the
 * privacy officer may ask, and only with one valid BSN or person id.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class PrivacyOfficerDownloadsOneExportOfAllServicesTest {
    private final String officer = Tokens.withSecondFactor("fg", "ZVH De Markiezaten", "markiezaten",
            "privacy-officer");
    private final String referrer = Tokens.keycloakStyle("agent", "Politie", "markiezaten", "referrer");

    @Test
    void jsonHoldsEachServicesAnswerAndNamesTheMissingOnes() {
        given().auth().oauth2(officer).formParam("bsn", "111222333").when().post("/subject-access/export.json").then()
                .statusCode(200).header("Content-Disposition", containsString("attachment"))
                .body("subject.bsn", equalTo("111222333")).body("services.intake.records[0].lastName", equalTo("Berg"))
                .body("services.intake.records[0].bsn", equalTo("111222333"))
                .body("services.intake.records[0].tokenForwarded", equalTo(true)).body("complete", equalTo(false))
                .body("incomplete.programme", hasItem("triage"));
    }

    @Test
    void pdfIsReadableAndSaysWhatIsMissing() throws Exception {
        byte[] pdf = given().auth().oauth2(officer).formParam("bsn", "111222333").when()
                .post("/subject-access/export.pdf").then().statusCode(200).contentType("application/pdf").extract()
                .asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Inzage persoonsgegevens"), text);
            assertTrue(text.contains("intake: 1 registratie(s)"), text);
            assertTrue(text.contains("lastName: Berg"), text);
            assertTrue(text.contains("bsn: 111222333"), text);
            assertTrue(text.contains("LET OP: niet volledig"), text);
            assertTrue(text.contains("triage ("), text);
        }
    }

    @Test
    void onlyThePrivacyOfficerAsksAndOnlyWithOneValidIdentifier() {
        given().auth().oauth2(referrer).formParam("bsn", "111222333").when().post("/subject-access/export.json").then()
                .statusCode(403);
        given().auth().oauth2(officer).formParam("bsn", "123456789").when().post("/subject-access/export.json").then()
                .statusCode(400).body(containsString("bsn"));
        given().auth().oauth2(officer).formParam("bsn", "").when().post("/subject-access/export.pdf").then()
                .statusCode(400);
        // a link (another site's <img> or <a>) cannot run an export in the officer's session
        given().auth().oauth2(officer).queryParam("bsn", "111222333").when().get("/subject-access/export.json").then()
                .statusCode(405);
        given().auth().oauth2(officer).when().get("/subject-access").then().statusCode(200)
                .body(containsString("Inzageverzoek"));
    }

    @Test
    void thePagesFormAnswersInvalidInputOnThePageInDutch() {
        given().auth().oauth2(officer).accept("text/html").formParam("bsn", "123456789").formParam("personId", "")
                .when().post("/subject-access/export.pdf").then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("id=\"error-summary\""), containsString("href=\"#bsn\""),
                        containsString("Dit is geen geldig BSN"), containsString("value=\"123456789\""),
                        containsString("id=\"zvh-logout\"")));
        given().auth().oauth2(officer).accept("text/html").formParam("bsn", "111222333")
                .formParam("personId", "3f2b8c1e-0b5d-4c7e-9a61-2d4f8e9b7c10").when()
                .post("/subject-access/export.json").then().statusCode(400).body(containsString("niet allebei"));
    }
}
