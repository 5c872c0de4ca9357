package nl.zvh.gateway.subject;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Issue 23, attack 2: the data-subject export is a draft first. The privacy officer composes it (every service asked
 * with the officer's own token, {@code stage=draft}), reviews on a page what each programme holds and every item a
 * service withheld with its ground in Dutch, and only then releases it ({@code stage=release}, audited as released in
 * every service) as a PDF or JSON without the withheld items. A release without the review box is refused; a service
 * that does not answer makes the draft and the file visibly incomplete.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class PrivacyOfficerReviewsTheDraftAndReleasesTheExportTest {
    private final String officer = Tokens.withSecondFactor("fg", "ZVH De Markiezaten", "markiezaten",
            "privacy-officer");
    private final String referrer = Tokens.keycloakStyle("agent", "Politie", "markiezaten", "referrer");

    @Test
    void theReviewPageListsEveryWithheldItemWithItsGroundInDutch() {
        given().auth().oauth2(officer).accept("text/html").formParam("bsn", "111222333").when()
                .post("/subject-access/draft").then().statusCode(200).header("Cache-Control", "no-store")
                .body(allOf(containsString("Concept inzage beoordelen"), containsString("BSN 111222333"),
                        containsString("Antwoord op de bekendheidsvraag"),
                        containsString("Politie Zeeland-West-Brabant"),
                        containsString("Strikt vertrouwelijk antwoord, alleen voor de voorzitter"),
                        containsString("Niet volledig"), containsString("action=\"/subject-access/release.pdf\""),
                        containsString("name=\"bsn\" value=\"111222333\""), containsString("id=\"reviewed\""),
                        not(containsString("STRICTLY_CONFIDENTIAL")), not(containsString("familiarity-answer"))));
    }

    @Test
    void theDraftAsJsonIsMarkedDraftAndAskedAsDraft() {
        given().auth().oauth2(officer).accept("application/json").formParam("bsn", "111222333").when()
                .post("/subject-access/draft").then().statusCode(200).body("status", equalTo("draft"))
                .body("services.intake.records[0].stage", equalTo("draft"))
                .body("services.intake.records[0].withheld[0].ground", equalTo("STRICTLY_CONFIDENTIAL"))
                .body("services.intake.records[0].tokenForwarded", equalTo(true)).body("complete", equalTo(false))
                .body("incomplete.programme", hasItem("triage"));
    }

    @Test
    void theReleasedJsonIsAskedAsReleaseAndHoldsNoWithheldItems() {
        given().auth().oauth2(officer).formParam("bsn", "111222333").formParam("reviewed", "true").when()
                .post("/subject-access/release.json").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).header("Cache-Control", "no-store")
                .body("status", equalTo("released")).body("subject.bsn", equalTo("111222333"))
                .body("services.intake.records[0].lastName", equalTo("Berg"))
                .body("services.intake.records[0].stage", equalTo("release"))
                .body("services.intake.records[0].withheld", nullValue())
                .body("restriction", containsString("AVG art. 15 lid 4"));
    }

    @Test
    void theReleasedPdfIsReadableSaysWhatIsMissingAndNamesNoWithheldItem() throws Exception {
        byte[] pdf = given().auth().oauth2(officer).formParam("bsn", "111222333").formParam("reviewed", "true").when()
                .post("/subject-access/release.pdf").then().statusCode(200).contentType("application/pdf").extract()
                .asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Inzage persoonsgegevens"), text);
            assertTrue(text.contains("1 registratie(s)"), text);
            assertTrue(text.contains("lastName: Berg"), text);
            assertTrue(text.contains("bsn: 111222333"), text);
            assertTrue(text.contains("LET OP: niet volledig"), text);
            assertTrue(text.contains("opgenomen (AVG art. 15 lid 4"), text);
            assertFalse(text.contains("Politie Zeeland-West-Brabant"), text);
            assertFalse(text.contains("STRICTLY_CONFIDENTIAL"), text);
        }
    }

    @Test
    void nothingIsReleasedWithoutTheReviewAndOnlyToThePrivacyOfficer() {
        given().auth().oauth2(officer).formParam("bsn", "111222333").when().post("/subject-access/release.json").then()
                .statusCode(400).contentType(containsString("problem+json")).body("errors.field", hasItem("reviewed"));
        given().auth().oauth2(officer).accept("text/html").formParam("bsn", "111222333").when()
                .post("/subject-access/release.pdf").then().statusCode(400).contentType(containsString("text/html"))
                .body(allOf(containsString("Stel eerst een concept samen"), containsString("value=\"111222333\"")));
        given().auth().oauth2(referrer).formParam("bsn", "111222333").when().post("/subject-access/draft").then()
                .statusCode(403);
        given().auth().oauth2(referrer).formParam("bsn", "111222333").formParam("reviewed", "true").when()
                .post("/subject-access/release.json").then().statusCode(403);
        // a link (another site's <img> or <a>) cannot run an export in the officer's session
        given().auth().oauth2(officer).queryParam("bsn", "111222333").when().get("/subject-access/release.json").then()
                .statusCode(405);
    }

    @Test
    void thePagesFormAnswersInvalidInputOnThePageInDutch() {
        given().auth().oauth2(officer).accept("text/html").formParam("bsn", "123456789").formParam("personId", "")
                .when().post("/subject-access/draft").then().statusCode(400).contentType(containsString("text/html"))
                .body(allOf(containsString("id=\"error-summary\""), containsString("href=\"#bsn\""),
                        containsString("Dit is geen geldig BSN"), containsString("value=\"123456789\""),
                        containsString("id=\"zvh-logout\"")));
        given().auth().oauth2(officer).accept("text/html").formParam("bsn", "111222333")
                .formParam("personId", "3f2b8c1e-0b5d-4c7e-9a61-2d4f8e9b7c10").when().post("/subject-access/draft")
                .then().statusCode(400).body(containsString("niet allebei"));
        given().auth().oauth2(officer).formParam("bsn", "123456789").when().post("/subject-access/draft").then()
                .statusCode(400).body(containsString("bsn"));
        given().auth().oauth2(officer).when().get("/subject-access").then().statusCode(200)
                .body(containsString("Inzageverzoek"));
    }
}
