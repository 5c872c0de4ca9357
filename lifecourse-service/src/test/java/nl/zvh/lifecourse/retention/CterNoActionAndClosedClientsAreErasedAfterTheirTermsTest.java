package nl.zvh.lifecourse.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.lifecourse.candidates.CandidateRequestsForTests;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Five years (the default terms) after the last weighing a CTER person weighed "no action" is anonymised: gone from
 * the register, the API and the session, no name in the database, announced with PersonDataErased (cter-person);
 * a person with another outcome stays. Five years after closure a closed life-course client is anonymised the same
 * way as a candidate; an open client stays. Four years on, nothing of either is erased yet.
 */
@QuarkusTest
class CterNoActionAndClosedClientsAreErasedAfterTheirTermsTest {
    final String admin = TestTokens.token("ret-admin", "ZVH De Markiezaten", "markiezaten", "functional-admin");
    final String cter = Tokens.cterMember();
    final String coordinator = Tokens.coordinator();

    @Inject
    EntityManager em;

    @Test
    void noActionAndClosedClientsGoOthersStay() {
        var reported = cterPerson("Stiltevijf");
        String quiet = reported.path("id");
        String personId = reported.path("personId");
        String followed = cterPerson("Volgvijf").path("id");
        String session = given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now().toString(), "attendees", List.of("Politie"))).when()
                .post("/api/cter/sessions").then().statusCode(201).extract().path("id");
        weigh(session, quiet, Map.of("outcome", "NO_ACTION", "followUp", "Geen zorgen"));
        weigh(session, followed, Map.of("outcome", "CRIMINAL_INVESTIGATION"));
        String closed = CandidateRequestsForTests.includedClient(coordinator, "Afgeslotenvijf");
        String open = CandidateRequestsForTests.includedClient(coordinator, "Openvijf");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("reason", "STABLE", "note", "Gaat goed")).when()
                .post("/api/clients/" + closed + "/closure").then().statusCode(200);

        runRetention(4);
        given().auth().oauth2(cter).when().get("/api/cter/persons/" + quiet).then().statusCode(200);
        given().auth().oauth2(coordinator).when().get("/api/clients/" + closed).then().statusCode(200);

        runRetention(5);
        given().auth().oauth2(cter).when().get("/api/cter/persons/" + quiet).then().statusCode(404);
        given().auth().oauth2(cter).when().get("/api/cter/persons/" + followed).then().statusCode(200);
        given().auth().oauth2(cter).when().get("/ui/cter/sessions/" + session).then().statusCode(200)
                .body(not(containsString("Stiltevijf"))).body(containsString("Volgvijf"));
        given().auth().oauth2(coordinator).when().get("/api/clients/" + closed).then().statusCode(404);
        given().auth().oauth2(coordinator).when().get("/api/clients/" + open).then().statusCode(200);

        Object[] person = row("select last_name, first_name, follow_up, municipality from cter_person where id = ?1",
                quiet);
        assertNull(person[0]);
        assertNull(person[1]);
        assertNull(person[2]);
        assertEquals("Roosendaal", person[3]);
        assertEquals(0L,
                ((Number) row(
                        "select count(*), 0 from cter_weighing where person_id = ?1" + " and follow_up is not null",
                        quiet)[0]).longValue());
        Object[] client = row("select last_name, closure_reason from candidate where id = ?1", closed);
        assertNull(client[0]);
        assertEquals("STABLE", client[1]);

        String event = Kafka.await("zvh.privacy.erasure.lifecourse", r -> quiet.equals(r.key()));
        assertTrue(event.contains("\"recordType\":\"cter-person\""), event);
        assertTrue(event.contains(personId) && !event.contains("Stiltevijf"), event);
        assertTrue(Kafka.await("zvh.privacy.erasure.lifecourse", r -> closed.equals(r.key()))
                .contains("\"recordType\":\"lifecourse-candidate\""));
    }

    private io.restassured.response.ExtractableResponse<io.restassured.response.Response> cterPerson(String lastName) {
        return given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Roosendaal", "firstName", "Sam", "lastName", lastName, "source",
                        "Politie", "ideology", "OTHER"))
                .when().post("/api/cter/persons").then().statusCode(201).extract();
    }

    private void weigh(String session, String person, Map<String, String> fields) {
        Map<String, Object> body = new java.util.HashMap<>(fields);
        body.put("cterPersonId", person);
        body.put("safetyOfficer", "AOV Roosendaal");
        given().auth().oauth2(cter).contentType(ContentType.JSON).body(body).when()
                .post("/api/cter/sessions/" + session + "/weighings").then().statusCode(200);
    }

    private void runRetention(int years) {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("asOf", LocalDate.now(ZoneOffset.UTC).plusYears(years).plusDays(2).toString())).when()
                .post("/api/retention/runs").then().statusCode(200).body("erased", greaterThanOrEqualTo(0));
    }

    private Object[] row(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em
                .createNativeQuery(sql.replace("?1", "cast(?1 as uuid)")).setParameter(1, id).getSingleResult());
    }
}
