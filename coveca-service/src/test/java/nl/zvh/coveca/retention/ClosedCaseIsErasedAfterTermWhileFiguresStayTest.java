package nl.zvh.coveca.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * With the clock moved five years past closure, a closed case is anonymised (404, no names/BSN/minutes in the
 * database, nothing in the privacy officer's export) and announced with PersonDataErased, an open case stays, and the
 * figures of the house are exactly as before.
 */
@QuarkusTest
class ClosedCaseIsErasedAfterTermWhileFiguresStayTest {
    static final String HOUSE = "retentiehuis";
    static final String BSN = "232262536";
    final String director = TestTokens.token("ret-pd", "Politie Zeeland-West-Brabant", HOUSE, "process-director");
    final String analyst = TestTokens.token("ret-analist", "Politie Zeeland-West-Brabant", HOUSE, "analyst");
    final String admin = TestTokens.token("ret-admin", "ZVH Retentiehuis", HOUSE, "functional-admin");
    final String officer = TestTokens.token("ret-fg", "ZVH Retentiehuis", HOUSE, "privacy-officer");

    @Inject
    EntityManager em;

    @Test
    void closedCaseGoesOpenCaseStaysFiguresUnchanged() {
        String closed = open("Vermeulen", BSN);
        String open = open("Jansen", "111222333");
        String meeting = given().auth().oauth2(director).contentType(ContentType.JSON)
                .body(Map.of("kind", "NETWORK_MEETING", "scheduledAt", Instant.now().minusSeconds(60).toString(),
                        "online", true))
                .when().post("/api/cases/" + closed + "/meetings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(director).contentType(ContentType.JSON)
                .body(Map.of("minutes", "Piet Vermeulen besproken", "clientPresent", false)).when()
                .put("/api/cases/" + closed + "/meetings/" + meeting + "/minutes").then().statusCode(200);
        given().auth().oauth2(director).contentType(ContentType.JSON).body(Map.of("reason", "STABLE")).when()
                .post("/api/cases/" + closed + "/closure").then().statusCode(200);

        given().auth().oauth2(officer).queryParam("bsn", BSN).when().get("/api/subject").then().statusCode(200)
                .body("records.size()", equalTo(1)).body("records[0].lastName", equalTo("Vermeulen"))
                .body("records[0].meetings[0].withheld[0].item", equalTo("meeting-minutes"))
                .body(not(containsString("Sanne"))).body(not(containsString("Jansen")));
        String figures = given().auth().oauth2(analyst).when().get("/api/figures").then().statusCode(200).extract()
                .asString();

        LocalDate fiveYears = LocalDate.now(ZoneOffset.UTC).plusYears(5);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("asOf", fiveYears.toString())).when()
                .post("/api/retention/runs").then().statusCode(200);
        // the round runs over every house (other tests' imported history closed years ago goes in it): what counts is
        // that the case closed today is still there at exactly five years
        given().auth().oauth2(director).when().get("/api/cases/" + closed).then().statusCode(200);

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("asOf", fiveYears.plusDays(2).toString())).when().post("/api/retention/runs").then()
                .statusCode(200).body("erased", greaterThanOrEqualTo(1));

        given().auth().oauth2(director).when().get("/api/cases/" + closed).then().statusCode(404);
        given().auth().oauth2(director).when().get("/api/cases/" + open).then().statusCode(200);
        given().auth().oauth2(director).when().get("/api/cases").then().statusCode(200).body("id",
                not(org.hamcrest.Matchers.hasItem(closed)));
        given().auth().oauth2(officer).queryParam("bsn", BSN).when().get("/api/subject").then().statusCode(200)
                .body("records.size()", equalTo(0));
        assertEquals(figures,
                given().auth().oauth2(analyst).when().get("/api/figures").then().statusCode(200).extract().asString(),
                "figures unchanged after erasure");

        Object[] person = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select p.first_name, p.last_name, p.bsn, cast(p.date_of_birth as varchar),
                       date_part('year', age(c.start_date, p.date_of_birth))
                from case_person p join coveca_case c on c.id = p.case_id
                where c.id = cast(?1 as uuid) and p.role = 'MAIN'""").setParameter(1, closed).getSingleResult());
        assertNull(person[0]);
        assertNull(person[1]);
        assertNull(person[2]);
        assertTrue(!"1979-11-02".equals(person[3]), "date of birth gone");
        assertEquals(java.time.Period.between(LocalDate.of(1979, 11, 2), LocalDate.now(ZoneOffset.UTC)).getYears(),
                ((Number) person[4]).intValue(), "age at the start of the case kept");
        List<?> minutes = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                        "select minutes from network_meeting where case_id = cast(?1 as uuid) and minutes is not null")
                        .setParameter(1, closed).getResultList());
        assertEquals(List.of(), minutes);

        String event = Kafka.await("zvh.privacy.erasure.coveca", r -> closed.equals(r.key()));
        assertTrue(event.contains("\"recordType\":\"coveca-case\""), event);
        assertTrue(!event.contains(BSN) && !event.contains("Vermeulen"), event);
    }

    private String open(String lastName, String bsn) {
        return given().auth().oauth2(director).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Roosendaal", "intensity", "MAATWERK", "subApproach", "REGULAR",
                        "mainPerson",
                        Map.of("firstName", "Piet", "lastName", lastName, "dateOfBirth", "1979-11-02", "bsn", bsn),
                        "systemMembers",
                        List.of(Map.of("relation", "CHILD", "firstName", "Sanne", "lastName", lastName, "dateOfBirth",
                                "2012-02-14")),
                        "partners", List.of(Map.of("organisation", "GGZ Westelijk Noord-Brabant"))))
                .when().post("/api/cases").then().statusCode(201).extract().path("id");
    }
}
