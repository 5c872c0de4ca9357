package nl.zvh.reintegration.retention;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.ANALYST;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static nl.zvh.reintegration.Actors.DJI;
import static nl.zvh.reintegration.Actors.post;
import static org.hamcrest.Matchers.containsString;
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
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.reintegration.Actors;
import nl.zvh.reintegration.TestInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * A track released five years ago (clock moved forward) is anonymised: 404, no name/BSN in the database, not in the
 * privacy officer's export, announced with PersonDataErased; the detention and release figures stay the same.
 */
@QuarkusTest
class ReleasedTrackIsErasedAfterTermWhileFiguresStayTest {
    static final String BSN = "232262536";
    final String admin = TestTokens.token("ret-admin", "ZVH De Markiezaten", TestInfrastructure.HOUSE,
            "functional-admin");
    final String officer = TestTokens.token("ret-fg", "ZVH De Markiezaten", TestInfrastructure.HOUSE,
            "privacy-officer");

    @Inject
    EntityManager em;

    @Test
    void releasedTrackGoesFiguresStay() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String detention = Actors.detentionId();
        Map<String, Object> start = Actors.started(detention, "Roosendaal", today.minusMonths(3), today);
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) start.get("person");
        person.put("bsn", BSN);
        person.put("lastName", "Retentie");
        post(DJI, start).statusCode(201);
        post(DJI, Actors.released(detention, today)).statusCode(201);
        String trackId = Actors.trackIdOf(detention);

        given().auth().oauth2(officer).queryParam("bsn", BSN).when().get("/api/subject").then().statusCode(200)
                .body("records.size()", equalTo(1)).body("records[0].lastName", equalTo("Retentie"))
                .body("records[0].conditions.size()", equalTo(5));
        String figures = given().auth().oauth2(ANALYST).queryParam("year", today.getYear()).when().get("/api/figures")
                .then().statusCode(200).extract().asString();

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("asOf", today.plusYears(5).plusDays(2).toString())).when().post("/api/retention/runs")
                .then().statusCode(200).body("erased", greaterThanOrEqualTo(1));

        given().auth().oauth2(COORDINATOR).when().get("/api/tracks/" + trackId).then().statusCode(404);
        given().auth().oauth2(officer).queryParam("bsn", BSN).when().get("/api/subject").then().statusCode(200)
                .body("records.size()", equalTo(0));
        assertEquals(figures, given().auth().oauth2(ANALYST).queryParam("year", today.getYear()).when()
                .get("/api/figures").then().statusCode(200).extract().asString(), "figures unchanged");
        Object[] row = QuarkusTransaction.requiringNew()
                .call(() -> (Object[]) em.createNativeQuery(
                        "select last_name, bsn, dji_person_number, municipality from track where id = cast(?1 as uuid)")
                        .setParameter(1, trackId).getSingleResult());
        assertNull(row[0]);
        assertNull(row[1]);
        assertNull(row[2]);
        assertEquals("Roosendaal", row[3]);

        String event = Kafka.await("zvh.privacy.erasure.reintegration", r -> trackId.equals(r.key()));
        assertTrue(event.contains("\"recordType\":\"reintegration-track\""), event);
        assertTrue(!event.contains(BSN) && !event.contains("Retentie"), event);
    }

    @Test
    void anotherHouseOrRoleGetsNothing() {
        String otherHouse = TestTokens.token("fg-haaglanden", "ZVH Haaglanden", "haaglanden", "privacy-officer");
        given().auth().oauth2(otherHouse).queryParam("bsn", "123456782").when().get("/api/subject").then()
                .statusCode(200).body("records.size()", equalTo(0));
        given().auth().oauth2(COORDINATOR).queryParam("bsn", "123456782").when().get("/api/subject").then()
                .statusCode(403);
        given().auth().oauth2(officer).queryParam("personId", "nope").when().get("/api/subject").then().statusCode(400)
                .body(containsString("personId"));
    }
}
