package nl.zvh.coveca.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * A privacy officer searches the audit log of their own house only: by person id, by BSN (mapped to the case's
 * person ids), by user and action; a list read logs one entry per person hit; the search itself is audited; other
 * roles get 403 and another house's privacy officer sees nothing of this house.
 */
@QuarkusTest
class PrivacyOfficerSearchesOwnHouseAuditLogTest {

    @Test
    void privacyOfficerFindsWhoReadAPersonsCase() {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Zoekmans");
        given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().statusCode(200);
        given().auth().oauth2(police).when().get("/api/cases").then().statusCode(200);
        List<String> persons = given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().extract()
                .path("persons.personId");
        String mainPerson = persons.get(0);

        String officer = Tokens.privacyOfficer();
        given().auth().oauth2(officer).queryParam("person", mainPerson).when().get("/api/audit").then().statusCode(200)
                .body("action", hasItems("CREATE", "READ", "SEARCH")).body("personRef", everyItem(equalTo(mainPerson)))
                .body("userName", hasItem("politie-process-director"))
                .body("organisation", hasItem("Politie Zeeland-West-Brabant"))
                .body("roles", hasItem("process-director")).body("purpose", hasItem("process-direction"))
                .body("outcome", everyItem(equalTo("SUCCESS"))).body("service", everyItem(equalTo("coveca-service")));
        given().auth().oauth2(officer).queryParam("bsn", "123456782").queryParam("action", "read")
                .queryParam("resourceId", caseId).when().get("/api/audit").then().statusCode(200)
                .body("personRef", hasItem(mainPerson)).body("action", everyItem(equalTo("READ")));
        given().auth().oauth2(officer).queryParam("user", "politie-process-director").queryParam("from", "2000-01-01")
                .queryParam("resourceId", caseId).when().get("/api/audit").then().statusCode(200)
                .body("userName", everyItem(equalTo("politie-process-director"))).body("$", not(empty()));

        given().auth().oauth2(officer).queryParam("resourceId", "audit-log").queryParam("person", mainPerson)
                .queryParam("action", "SEARCH").when().get("/api/audit").then().statusCode(200);
        given().auth().oauth2(officer).queryParam("user", "markiezaten-privacy-officer").queryParam("action", "SEARCH")
                .when().get("/api/audit").then().statusCode(200)
                .body("findAll { it.resourceType == 'audit-log' }.personRef", hasItem(mainPerson))
                .body("purpose", hasItem("privacy-supervision"));

        given().auth().oauth2(Tokens.otherHousePrivacyOfficer()).queryParam("person", mainPerson).when()
                .get("/api/audit").then().statusCode(200).body("$", empty());
        given().auth().oauth2(police).when().get("/api/audit").then().statusCode(403);
        given().auth().oauth2(Tokens.analyst()).when().get("/api/audit/verify").then().statusCode(403);
        given().when().get("/api/audit").then().statusCode(401);
    }

    @Test
    void badFiltersAreProblemsNamingTheField() {
        String officer = Tokens.privacyOfficer();
        given().auth().oauth2(officer).queryParam("bsn", "123456789").when().get("/api/audit").then().statusCode(400)
                .body("errors.field", hasItem("bsn"));
        given().auth().oauth2(officer).queryParam("from", "yesterday").when().get("/api/audit").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        given().auth().oauth2(officer).queryParam("action", "PEEK").when().get("/api/audit").then().statusCode(400)
                .body("errors.field", hasItem("action"));
    }
}
