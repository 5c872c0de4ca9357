package nl.zvh.coveca.handover;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * A handover the API cannot take is a problem (application/problem+json, 400) naming the field at fault, and nothing
 * is handed over: no summary or a summary over 4000 characters ({@code summary}), the sender's own house or an
 * unknown one ({@code receivingHouse}), a municipality of another house's region ({@code receivingMunicipality}),
 * no case ({@code caseId}). A closed case is not handed over (409).
 */
@QuarkusTest
class BadHandoverInputIsAProblemNamingTheFieldTest {

    @Test
    void badHandoverInputNamesTheField() {
        String sender = HandoversForTests.sender();
        String caseId = CaseRequestsForTests.open(sender, "Foutief");

        refused(HandoversForTests.handover(caseId, "Den Haag", " "), "summary");
        refused(HandoversForTests.handover(caseId, "Den Haag", "x".repeat(4001)), "summary");
        Map<String, Object> own = HandoversForTests.handover(caseId, "Roosendaal", "Naar ons eigen huis");
        own.put("receivingHouse", "markiezaten");
        refused(own, "receivingHouse");
        Map<String, Object> unknown = HandoversForTests.handover(caseId, "Den Haag", "Naar een onbekend huis");
        unknown.put("receivingHouse", "atlantis");
        refused(unknown, "receivingHouse");
        refused(HandoversForTests.handover(caseId, "Rotterdam", "Rotterdam is niet van Haaglanden"),
                "receivingMunicipality");
        refused(HandoversForTests.handover(null, "Den Haag", "Zonder casus"), "caseId");

        given().auth().oauth2(sender).queryParam("caseId", caseId).when().get("/api/handovers").then().statusCode(200)
                .body("size()", equalTo(0));

        given().auth().oauth2(sender).contentType(ContentType.JSON).body(Map.of("reason", "DETAINED")).when()
                .post("/api/cases/" + caseId + "/closure").then().statusCode(200);
        given().auth().oauth2(sender).contentType(ContentType.JSON)
                .body(HandoversForTests.handover(caseId, "Den Haag", "Te laat")).when().post("/api/handovers").then()
                .statusCode(409);
    }

    private static void refused(Map<String, Object> body, String field) {
        given().auth().oauth2(HandoversForTests.sender()).contentType(ContentType.JSON).body(body).when()
                .post("/api/handovers").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
