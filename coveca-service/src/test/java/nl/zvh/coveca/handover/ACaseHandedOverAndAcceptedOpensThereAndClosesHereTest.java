package nl.zvh.coveca.handover;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The whole handover between two houses over the real broker: De Markiezaten's process director hands an open case
 * over to Haaglanden (Den Haag, the house's own spelling even when typed otherwise) with a summary and the plan's
 * goals; a second handover of the same case while it waits is refused (409). Haaglanden's process director reads the
 * request (audited in Haaglanden's log, one entry per person) with the persons' names and dates of birth (no BSN) and
 * the goals, and accepts it: a case opens there (source HANDOVER, municipality Den Haag, started today, the accepting
 * director directing it, the same persons) and De Markiezaten's case closes as moved out of the region with Den
 * Haag, its handover ACCEPTED. Accepting twice is refused. The figures count it in both houses: one more
 * MOVED_OUT_OF_REGION closure in De Markiezaten's year, one more case started from a handover in Haaglanden's.
 */
@QuarkusTest
class ACaseHandedOverAndAcceptedOpensThereAndClosesHereTest {
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Inject
    DataSource dataSource;

    @Test
    void acceptedHandoverOpensTheCaseThereAndClosesItHere() throws Exception {
        String sender = HandoversForTests.sender();
        String receiver = HandoversForTests.receiver();
        int year = LocalDate.now(NL).getYear();
        long closedBefore = figure(Tokens.analyst(), year, "closureReasons.MOVED_OUT_OF_REGION");
        long takenOverBefore = figure(haaglandenAnalyst(), year, "casesStartedPerSource.HANDOVER");

        String caseId = CaseRequestsForTests.open(sender, "Verhuizer");
        given().auth().oauth2(sender).contentType(ContentType.JSON)
                .body(Map.of("lifeDomain", "HOUSING", "description", "Vaste woonplek in de nieuwe gemeente")).when()
                .post("/api/cases/" + caseId + "/plan/goals").then().statusCode(200);
        given().auth().oauth2(sender).when().get("/api/handovers/houses").then().statusCode(200)
                .body("code", hasItem("haaglanden")).body("code", not(hasItem("markiezaten")))
                .body("find { it.code == 'haaglanden' }.name", equalTo("Zorg- en Veiligheidshuis Haaglanden"))
                .body("find { it.code == 'haaglanden' }.municipalities", hasItem("Den Haag"));

        Map<String, Object> body = HandoversForTests.handover(caseId, "den haag",
                "Verhuist naar Den Haag; huisvesting is de kern.");
        body.put("withPlanGoals", true);
        String handoverId = given().auth().oauth2(sender).contentType(ContentType.JSON).body(body).when()
                .post("/api/handovers").then().statusCode(201).body("status", equalTo("REQUESTED"))
                .body("receivingMunicipality", equalTo("Den Haag"))
                .body("receivingHouseName", equalTo("Zorg- en Veiligheidshuis Haaglanden")).extract().path("id");
        given().auth().oauth2(sender).contentType(ContentType.JSON).body(body).when().post("/api/handovers").then()
                .statusCode(409);
        String requested = Kafka.await("zvh.coveca.handover",
                r -> handoverId.equals(r.key()) && r.value().contains("\"CaseHandoverRequested\""));
        assertTrue(requested.contains("\"house\":\"markiezaten\"") && !requested.contains("123456782"),
                "sent by the sender, without the BSN: " + requested);

        HandoversForTests.awaitIncoming(handoverId);
        given().auth().oauth2(receiver).when().get("/api/handovers/incoming/" + handoverId).then().statusCode(200)
                .body("status", equalTo("REQUESTED"))
                .body("sendingHouseName", equalTo("Zorg- en Veiligheidshuis De Markiezaten"))
                .body("summary", equalTo("Verhuist naar Den Haag; huisvesting is de kern."))
                .body("persons.lastName", contains("Verhuizer", "Verhuizer"))
                .body("persons.dateOfBirth", containsInAnyOrder("1979-11-02", "2012-02-14"))
                .body("planGoals", contains("Huisvesting: Vaste woonplek in de nieuwe gemeente"))
                .body("lifeDomains.size()", equalTo(0));
        assertEquals(2, auditEntries(handoverId, "READ", "haaglanden"), "the read is audited per person, there");

        String newCaseId = given().auth().oauth2(receiver).when()
                .post("/api/handovers/incoming/" + handoverId + "/acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).extract().path("newCaseId");
        given().auth().oauth2(receiver).when().post("/api/handovers/incoming/" + handoverId + "/acceptance").then()
                .statusCode(409);
        given().auth().oauth2(receiver).when().get("/api/cases/" + newCaseId).then().statusCode(200)
                .body("house", equalTo("haaglanden")).body("source", equalTo("HANDOVER"))
                .body("municipality", equalTo("Den Haag")).body("status", equalTo("OPEN"))
                .body("startDate", equalTo(LocalDate.now(NL).toString()))
                .body("processDirectorName", equalTo("zvhh-process-director"))
                .body("persons.fullName", contains("Piet de Verhuizer", "Sanne Verhuizer"));
        given().auth().oauth2(sender).when().get("/api/cases/" + newCaseId).then().statusCode(404);

        HandoversForTests.awaitAnswer(caseId, "ACCEPTED");
        given().auth().oauth2(sender).when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closureReason", equalTo("MOVED_OUT_OF_REGION"))
                .body("receivingMunicipality", equalTo("Den Haag"));
        String closed = Kafka.await("zvh.coveca.case",
                r -> caseId.equals(r.key()) && r.value().contains("\"CoveCaCaseClosed\""));
        assertTrue(closed.contains("\"receivingMunicipality\":\"Den Haag\""), closed);

        assertEquals(closedBefore + 1, figure(Tokens.analyst(), year, "closureReasons.MOVED_OUT_OF_REGION"),
                "the sender's year counts one more case closed as moved out of the region");
        assertEquals(takenOverBefore + 1, figure(haaglandenAnalyst(), year, "casesStartedPerSource.HANDOVER"),
                "the receiver's year counts one more case started from a handover");
    }

    static String haaglandenAnalyst() {
        return TestTokens.token("haaglanden-analyst", "Politie Eenheid Den Haag", "haaglanden", "analyst");
    }

    /** A count of the house's figures of the year (0 when the year has no such cell). */
    static long figure(String token, int year, String path) {
        Number n = given().auth().oauth2(token).queryParam("year", year).when().get("/api/figures").then()
                .statusCode(200).extract().path(path);
        return n == null ? 0 : n.longValue();
    }

    private long auditEntries(String handoverId, String action, String house) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from audit_log where resource_type ="
                        + " 'coveca-handover' and resource_id = ? and action = ? and house = ?")) {
            s.setString(1, handoverId);
            s.setString(2, action);
            s.setString(3, house);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
