package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23, attack 3, on the stack with real Keycloak tokens (and TOTP) through the gateway: the housing corporation's
 * privacy officer no longer searches the police's users' audit trail, not by user and not by BSN, and cannot export a
 * person's data by BSN (403); the house's own privacy officer (ZVH De Markiezaten) sees the police's reads and the
 * housing corporation's refused attempt on the same case, and composes the export.
 */
@ExtendWith(LocalStack.class)
class PartnerPrivacyOfficerSeesOnlyItsOwnOrganisationIT {

    @Test
    void theHousingCorporationsOfficerSeesOnlyItsOwnPart() {
        String bsn = BreakGlassIsReportedToThePrivacyOfficerIT.randomBsn();
        String lastName = "Toezicht-" + UUID.randomUUID().toString().substring(0, 6);
        String police = Keycloak.userToken("politie-process-director");
        String caseId = given().baseUri(LocalStack.GATEWAY).auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Roosendaal", "intensity", "MAATWERK", "subApproach", "REGULAR",
                        "mainPerson",
                        Map.of("firstName", "Joke", "lastName", lastName, "dateOfBirth", "1979-05-06", "bsn", bsn)))
                .when().post("/coveca/api/cases").then().statusCode(201).extract().path("id");
        get(police, "/coveca/api/cases/" + caseId).statusCode(200);
        get(Keycloak.userToken("woonkwartier-process-director"), "/coveca/api/cases/" + caseId).statusCode(404);

        String housing = Keycloak.privacyOfficerToken("woonkwartier-privacy-officer");
        get(housing, "/privacy/audit?user=politie-process-director").statusCode(200).body("entries", empty());
        get(housing, "/privacy/audit?bsn=" + bsn).statusCode(200).body("entries.userName",
                not(hasItem("politie-process-director")));
        get(housing, "/privacy/audit?user=woonkwartier-process-director").statusCode(200).body("entries.organisation",
                everyItem(equalTo("Woonkwartier")));
        export(housing, bsn).statusCode(403).contentType("application/problem+json");

        String house = Keycloak.privacyOfficerToken("markiezaten-privacy-officer");
        get(house, "/privacy/audit?bsn=" + bsn).statusCode(200).body("entries.userName",
                hasItem("politie-process-director"));
        get(house, "/privacy/audit?user=woonkwartier-process-director").statusCode(200).body("entries.resourceId",
                hasItem("/api/cases/" + caseId));
        export(house, bsn).statusCode(200).body("subject.bsn", equalTo(bsn));
    }

    private static ValidatableResponse get(String token, String path) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).when().get(path).then();
    }

    private static ValidatableResponse export(String token, String bsn) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.URLENC)
                .formParam("bsn", bsn).when().post("/subject-access/draft").then();
    }
}
