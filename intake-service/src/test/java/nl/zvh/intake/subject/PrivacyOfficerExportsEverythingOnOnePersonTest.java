package nl.zvh.intake.subject;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import nl.zvh.intake.Bsns;
import nl.zvh.intake.referral.ReferralRequests;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * AVG art. 15: the privacy officer of the house gets every referral in which the person appears (by BSN and by person
 * id), with the person's own data and the referral's facts, never the family members; the export is audited; other
 * houses and other roles get nothing.
 */
@QuarkusTest
class PrivacyOfficerExportsEverythingOnOnePersonTest {
    @Inject
    EntityManager em;

    private final String police = TestTokens.token("agent-subject", POLICE, HOUSE, "referrer");
    private final String officer = TestTokens.token("fg-subject", "ZVH De Markiezaten", HOUSE, "privacy-officer");
    private final String otherHouse = TestTokens.token("fg-haaglanden", "ZVH Haaglanden", "haaglanden",
            "privacy-officer");

    @Test
    void exportByBsnAndByPersonIdHoldsThePersonAndNobodyElse() {
        String bsn = Bsns.fresh();
        String first = submit(bsn, "Eerste vraag over deze persoon");
        submit(bsn, "Tweede vraag over deze persoon");
        submit(Bsns.fresh(), "Vraag over iemand anders");

        var export = given().auth().oauth2(officer).queryParam("bsn", bsn).when().get("/api/subject").then()
                .statusCode(200).body("service", equalTo("intake-service")).body("records.size()", equalTo(2))
                .body("records.bsn", org.hamcrest.Matchers.everyItem(equalTo(bsn)))
                .body("records.referral.question",
                        org.hamcrest.Matchers.containsInAnyOrder("Eerste vraag over deze persoon",
                                "Tweede vraag over deze persoon"))
                .body(not(containsString("Fatima"))).body(not(containsString("El Amrani")))
                .body(not(containsString("Noah"))).extract().jsonPath();
        String personId = export.getString("records.find { it.referral.id == '" + first + "' }.personId");

        given().auth().oauth2(officer).queryParam("personId", personId).when().get("/api/subject").then()
                .statusCode(200).body("records.size()", equalTo(1)).body("records[0].referral.id", equalTo(first))
                .body("records[0].lastName", equalTo("Berg"));

        long audited = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from audit_log where action = 'EXPORT' and person_ref = ?1
                  and purpose = 'data-subject-access'""").setParameter(1, personId).getSingleResult()).longValue());
        assertEquals(2, audited, "both exports of this person are in the audit log");

        given().auth().oauth2(otherHouse).queryParam("bsn", bsn).when().get("/api/subject").then().statusCode(200)
                .body("records.size()", equalTo(0));
        given().auth().oauth2(police).queryParam("bsn", bsn).when().get("/api/subject").then().statusCode(403);
    }

    @Test
    void askingWithoutOrWithAnInvalidBsnIsAProblemNamingTheField() {
        given().auth().oauth2(officer).when().get("/api/subject").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(officer).queryParam("bsn", "123456789").when().get("/api/subject").then().statusCode(400)
                .body(containsString("bsn"));
    }

    private String submit(String bsn, String question) {
        Map<String, Object> body = ReferralRequests.valid();
        ReferralRequests.mainPerson(body).put("bsn", bsn);
        body.put("question", question);
        return given().auth().oauth2(police).contentType(ContentType.JSON).body(body).when().post("/api/referrals")
                .then().statusCode(201).extract().path("id");
    }
}
