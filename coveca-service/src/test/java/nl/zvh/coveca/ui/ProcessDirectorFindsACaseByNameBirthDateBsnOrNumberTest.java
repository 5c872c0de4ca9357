package nl.zvh.coveca.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * A process director finds a case with the worklist's search form by the name, date of birth or BSN of a person in
 * it, or by its case number (shown on the case page); a director of an organisation not involved, or of another
 * house, finds nothing; a query too short is refused in Dutch next to the field; each hit is audited as a search.
 */
@QuarkusTest
class ProcessDirectorFindsACaseByNameBirthDateBsnOrNumberTest {

    @Inject
    AgroalDataSource db;

    @Test
    void caseIsFoundWithinTheCallersScope() throws SQLException {
        String police = Tokens.thirdPoliceDirector();
        String caseId = CaseRequestsForTests.open(police, "Zoekbaar");
        String row = "<tr data-id=\"" + caseId + "\">";
        String number = caseId.substring(0, 8);
        given().auth().oauth2(police).when().get("/ui/cases/" + caseId).then().statusCode(200)
                .body(containsString("<dd id=\"case-number\">" + number + "</dd>"));

        for (String q : new String[]{"piet zoekbaar", "Zoekbaar", "Sanne Zoek", "123456782", "2-11-1979", "1979-11-02",
                number}) {
            given().auth().oauth2(police).queryParam("q", q).when().get("/ui").then().statusCode(200)
                    .body(containsString("<h2 id=\"tab-heading\">Zoekresultaten (")).body(containsString(row))
                    .body(containsString("value=\"" + q + "\""));
        }
        given().auth().oauth2(police).queryParam("q", "Onvindbaar Niemand").when().get("/ui").then().statusCode(200)
                .body(containsString("Geen casus gevonden binnen uw bereik."));
        String tooShort = given().auth().oauth2(police).queryParam("q", "x").when().get("/ui").then().statusCode(200)
                .extract().asString();
        assertEquals("Vul minstens twee tekens in.", Pages.fieldError(tooShort, "q"));

        given().auth().oauth2(Tokens.housingDirector()).queryParam("q", "Zoekbaar").when().get("/ui").then()
                .statusCode(200).body(not(containsString(row)));
        given().auth().oauth2(Tokens.otherHouseDirector()).queryParam("q", number).when().get("/ui").then()
                .statusCode(200).body(not(containsString(row)));

        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                select count(*) from audit_log where resource_type = 'coveca-case' and resource_id = ?
                  and action = 'SEARCH' and purpose = 'case-search'""")) {
            s.setString(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertTrue(r.getLong(1) >= 7, "every search that found the case is audited: " + r.getLong(1));
            }
        }
    }
}
