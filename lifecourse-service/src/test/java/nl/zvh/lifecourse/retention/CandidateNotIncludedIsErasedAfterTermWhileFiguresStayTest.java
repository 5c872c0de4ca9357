package nl.zvh.lifecourse.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.lifecourse.candidates.CandidateRequestsForTests;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A candidate the inclusion table did not include is, two years later (clock moved forward), anonymised: 404, no
 * name in the database, not in the privacy officer's export, announced with PersonDataErased; figures unchanged.
 */
@QuarkusTest
class CandidateNotIncludedIsErasedAfterTermWhileFiguresStayTest {
    final String admin = TestTokens.token("ret-admin", "ZVH De Markiezaten", "markiezaten", "functional-admin");
    final String officer = TestTokens.token("ret-fg", "ZVH De Markiezaten", "markiezaten", "privacy-officer");

    @Inject
    EntityManager em;

    @Test
    void notIncludedCandidateGoesFiguresStay() {
        String coordinator = Tokens.coordinator();
        var registered = given()
                .auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("municipality", "Roosendaal",
                        "firstName", "Piet", "lastName", "Retentius", "dateOfBirth", "1980-06-01"))
                .when().post("/api/candidates").then().statusCode(201).extract();
        String candidate = registered.path("id");
        String personId = registered.path("personId");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("candidateId", candidate, "decision", "NOT_INCLUDED", "reason", "Geen gevaar meer")).when()
                .post("/api/inclusion-sessions/" + CandidateRequestsForTests.session(coordinator) + "/decisions").then()
                .statusCode(200);
        given().auth().oauth2(officer).queryParam("personId", personId).when().get("/api/subject").then()
                .statusCode(200).body("records.size()", equalTo(1)).body("records[0].lastName", equalTo("Retentius"))
                .body("records[0].decisions[0].reason", equalTo("Geen gevaar meer"));
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        String figures = given().auth().oauth2(Tokens.analyst()).queryParam("year", year).when().get("/api/figures")
                .then().statusCode(200).extract().asString();

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("asOf", LocalDate.now(ZoneOffset.UTC).plusYears(2).plusDays(2).toString())).when()
                .post("/api/retention/runs").then().statusCode(200).body("erased", greaterThanOrEqualTo(1));

        given().auth().oauth2(coordinator).when().get("/api/candidates/" + candidate).then().statusCode(404);
        given().auth().oauth2(officer).queryParam("personId", personId).when().get("/api/subject").then()
                .statusCode(200).body("records.size()", equalTo(0));
        assertEquals(figures, given().auth().oauth2(Tokens.analyst()).queryParam("year", year).when()
                .get("/api/figures").then().statusCode(200).extract().asString(), "figures unchanged");
        Object[] row = QuarkusTransaction.requiringNew()
                .call(() -> (Object[]) em
                        .createNativeQuery(
                                "select last_name, first_name, municipality from candidate where id = cast(?1 as uuid)")
                        .setParameter(1, candidate).getSingleResult());
        assertNull(row[0]);
        assertNull(row[1]);
        assertEquals("Roosendaal", row[2]);

        String event = Kafka.await("zvh.privacy.erasure.lifecourse", r -> candidate.equals(r.key()));
        assertTrue(event.contains("\"recordType\":\"lifecourse-candidate\""), event);
        assertTrue(event.contains(personId) && !event.contains("Retentius"), event);
    }
}
