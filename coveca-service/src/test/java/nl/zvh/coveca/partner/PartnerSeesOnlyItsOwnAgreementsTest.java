package nl.zvh.coveca.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import nl.zvh.coveca.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A partner professional of the mental health organisation opens a case it is involved in: it sees the summary, the
 * safety notes, the plan with only its own organisation's agreements and only the meetings it was invited to (not
 * the minutes of the other one), never the process director's forms; every read is audited per person.
 */
@QuarkusTest
class PartnerSeesOnlyItsOwnAgreementsTest {

    @Inject
    AgroalDataSource db;

    @Test
    void partnerSeesItsOwnPartOfTheCase() throws SQLException {
        PartnerCaseForTests kase = PartnerCaseForTests.open("Partnerzicht");
        String ggz = Tokens.ggzPartner();

        given().auth().oauth2(ggz).when().get("/ui").then().statusCode(200)
                .body(containsString("<h1>Casussen van mijn organisatie</h1>")).body(containsString(kase.caseId()))
                .body(containsString("Piet de Partnerzicht"));
        given().auth().oauth2(ggz).when().get("/ui/cases/" + kase.caseId()).then().statusCode(200)
                .body(containsString("<h1 id=\"case-title\">Piet de Partnerzicht</h1>"))
                .body(containsString("<strong>Hond</strong>: Grote hond in de tuin"))
                .body(containsString(PartnerCaseForTests.GGZ_AGREEMENT))
                .body(not(containsString(PartnerCaseForTests.POLICE_AGREEMENT)))
                .body(containsString(PartnerCaseForTests.INVITED_MINUTES))
                .body(not(containsString(PartnerCaseForTests.UNINVITED_MINUTES)))
                .body(containsString("id=\"done-" + kase.ggzAgreement() + "\""))
                .body(not(containsString("id=\"add-agreement\""))).body(not(containsString("id=\"close-case\"")))
                .body(not(containsString("123456782")));

        given().auth().oauth2(ggz).when().get("/api/partner/cases/" + kase.caseId()).then().statusCode(200)
                .body("agreements.description", contains(PartnerCaseForTests.GGZ_AGREEMENT))
                .body("meetings.minutes", contains(PartnerCaseForTests.INVITED_MINUTES))
                .body("safetyNotes.text", contains("Grote hond in de tuin"));
        given().auth().oauth2(ggz).when().get("/api/partner/cases").then().statusCode(200)
                .body("id", hasItem(kase.caseId()))
                .body("find { it.id == '" + kase.caseId() + "' }.openAgreements", equalTo(1));

        given().auth().oauth2(ggz).when()
                .post("/ui/partner/cases/" + kase.caseId() + "/agreements/" + kase.policeAgreement() + "/done").then()
                .statusCode(404);
        given().auth().oauth2(ggz).when()
                .post("/api/partner/cases/" + kase.caseId() + "/agreements/" + kase.policeAgreement() + "/done").then()
                .statusCode(404);

        assertEquals(2, count("""
                select count(distinct person_ref) from audit_log where resource_type = 'coveca-case'
                  and resource_id = ? and action = 'READ' and purpose = 'case-partner'
                  and user_name = 'ggz-case-partner'""", kase.caseId()),
                "each person of the case, read by the partner");
        assertEquals(1, count("""
                select count(distinct person_ref) from audit_log where resource_type = 'coveca-case'
                  and resource_id = ? and action = 'SEARCH' and purpose = 'case-partner'
                  and user_name = 'ggz-case-partner'""", kase.caseId()), "the main person, listed to the partner");
    }

    private long count(String sql, String param) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
