package nl.zvh.coveca.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A police process director opens a case by hand: persons and partners are kept, the police becomes an involved
 * partner, the house's own process directors see it, a process director of an uninvolved organisation or another
 * house gets 404, an analyst 403; every read is audited per person; bad input is a problem naming the field.
 */
@QuarkusTest
class ProcessDirectorOpensCaseByHandTest {

    @Test
    void caseIsVisibleToInvolvedPartnersAndHouseStaffOnly() {
        String id = CaseRequestsForTests.open(Tokens.policeDirector(), "Vries");
        given().auth().oauth2(Tokens.policeDirector()).when().get("/api/cases/" + id).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("source", equalTo("MANUAL"))
                .body("processDirectorName", equalTo("politie-process-director"))
                .body("persons.fullName", contains("Piet de Vries", "Sanne Vries"))
                .body("persons.role", contains("MAIN", "SYSTEM_MEMBER")).body("partners.organisation",
                        containsInAnyOrder("Politie Zeeland-West-Brabant", "GGZ Westelijk Noord-Brabant"));

        given().auth().oauth2(Tokens.houseStaffDirector()).when().get("/api/cases/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.housingDirector()).when().get("/api/cases/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.housingDirector()).when().get("/api/cases").then().statusCode(200).body("id",
                not(hasItem(id)));
        given().auth().oauth2(Tokens.otherHouseDirector()).when().get("/api/cases/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.analyst()).when().get("/api/cases/" + id).then().statusCode(403);
        given().when().get("/api/cases/" + id).then().statusCode(401);

        // once the housing corporation is involved, its process director sees the case
        given().auth().oauth2(Tokens.policeDirector()).contentType(ContentType.JSON)
                .body(Map.of("organisation", "Woonkwartier", "contactName", "J. Smits")).when()
                .post("/api/cases/" + id + "/partners").then().statusCode(200);
        given().auth().oauth2(Tokens.housingDirector()).when().get("/api/cases/" + id).then().statusCode(200);

        long reads = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) CovecaCase.getEntityManager()
                        .createNativeQuery("select count(*) from audit_log where resource_id = ?1 and action = 'READ'"
                                + " and user_id = 'politie-process-director-id' and person_ref is not null")
                        .setParameter(1, id).getSingleResult()).longValue());
        assertEquals(2, reads, "one read entry per person in the case");
    }

    @Test
    void systemMembersAreAddedOverTime() {
        String id = CaseRequestsForTests.open(Tokens.policeDirector(), "Bakker");
        given().auth().oauth2(Tokens.policeDirector()).contentType(ContentType.JSON)
                .body(Map.of("relation", "PARTNER", "firstName", "Anouk", "lastName", "Bakker", "dateOfBirth",
                        "1981-04-04"))
                .when().post("/api/cases/" + id + "/persons").then().statusCode(200)
                .body("persons.fullName", hasItem("Anouk Bakker")).body("persons.size()", equalTo(3));
    }

    @Test
    void invalidCaseIsRejectedNamingTheField() {
        Map<String, Object> body = new HashMap<>(CaseRequestsForTests.newCase("Fout"));
        body.put("subApproach", null);
        given().auth().oauth2(Tokens.policeDirector()).contentType(ContentType.JSON).body(body).when()
                .post("/api/cases").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("subApproach"));
        body = new HashMap<>(CaseRequestsForTests.newCase("Fout"));
        body.put("mainPerson", Map.of("firstName", "X", "lastName", "Y", "bsn", "12"));
        given().auth().oauth2(Tokens.policeDirector()).contentType(ContentType.JSON).body(body).when()
                .post("/api/cases").then().statusCode(400).body("errors.field", hasItem("mainPerson.bsn"));
        given().auth().oauth2(Tokens.policeDirector()).when().get("/api/cases/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }
}
