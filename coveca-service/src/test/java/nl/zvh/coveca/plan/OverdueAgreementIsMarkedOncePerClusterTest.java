package nl.zvh.coveca.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import nl.zvh.platform.testing.Kafka;
import org.junit.jupiter.api.Test;

/**
 * Action plan: a goal on a life domain and three agreements; the one past its due date is marked OVERDUE by the job
 * (AgreementOverdue on Kafka, history kept), the others stay OPEN; while another instance holds the job's lock a run
 * marks nothing; dropping needs a reason; a goal on an unknown life domain is refused.
 */
@QuarkusTest
class OverdueAgreementIsMarkedOncePerClusterTest {

    @Inject
    EntityManager em;

    @Inject
    OverdueAgreements job;

    @Test
    void pastDueAgreementBecomesOverdueAndIsPublished() {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Plan");
        String goalId = given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("lifeDomain", "FINANCES", "description", "Schulden onder controle")).when()
                .post("/api/cases/" + caseId + "/plan/goals").then().statusCode(200).body("version", equalTo(1))
                .body("approved", equalTo(true)).extract().path("goals[0].id");
        String late = agreement(police, caseId, goalId, "Aanmelden schuldhulp", LocalDate.now().minusDays(2));
        agreement(police, caseId, goalId, "Budgetbeheer regelen", LocalDate.now().plusDays(14));
        String third = agreement(police, caseId, null, "Huisbezoek wijkagent", LocalDate.now().plusDays(7));

        given().auth().oauth2(Tokens.functionalAdmin()).when().post("/api/admin/jobs/overdue-agreements").then()
                .statusCode(200);
        given().auth().oauth2(police).when().get("/api/cases/" + caseId + "/plan").then().statusCode(200)
                .body("agreements.find { it.id == '" + late + "' }.status", equalTo("OVERDUE"))
                .body("agreements.findAll { it.status == 'OPEN' }.size()", equalTo(2)).body("version", equalTo(4));
        String event = Kafka.await("zvh.coveca.case",
                r -> caseId.equals(r.key()) && r.value().contains("\"AgreementOverdue\""));
        assertTrue(event.contains(late), event);

        given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of("status", "DROPPED")).when()
                .put("/api/cases/" + caseId + "/plan/agreements/" + third + "/status").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("status", "DROPPED", "reason", "Betrokkene verhuisd binnen de wijk")).when()
                .put("/api/cases/" + caseId + "/plan/agreements/" + third + "/status").then().statusCode(200);
        given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of("status", "DONE")).when()
                .put("/api/cases/" + caseId + "/plan/agreements/" + late + "/status").then().statusCode(200);
        List<String> changes = given().auth().oauth2(police).when().get("/api/cases/" + caseId + "/plan/history").then()
                .statusCode(200).body("change", hasItems("CREATED", "MARKED_OVERDUE", "STATUS_DROPPED", "STATUS_DONE"))
                .extract().path("change");
        assertEquals(7, changes.size(), changes.toString());

        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("lifeDomain", "ASTROLOGY", "description", "x")).when()
                .post("/api/cases/" + caseId + "/plan/goals").then().statusCode(400)
                .body("errors.field", hasItem("lifeDomain"));
        given().auth().oauth2(Tokens.analyst()).when().get("/api/cases/" + caseId + "/plan").then().statusCode(403);
        given().auth().oauth2(police).when().post("/api/admin/jobs/overdue-agreements").then().statusCode(403);
    }

    @Test
    void runWhileAnotherInstanceHoldsTheLockMarksNothing() throws Exception {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Slot");
        String late = agreement(police, caseId, null, "Te laat", LocalDate.now().minusDays(1));
        int markedMeanwhile = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, OverdueAgreements.LOCK_KEY)
                    .getSingleResult();
            return CompletableFuture.supplyAsync(job::markOverdue).get();
        });
        assertEquals(0, markedMeanwhile);
        given().auth().oauth2(police).when().get("/api/cases/" + caseId + "/plan").then()
                .body("agreements.find { it.id == '" + late + "' }.status", equalTo("OPEN"));
        assertTrue(job.markOverdue() >= 1);
        given().auth().oauth2(police).when().get("/api/cases/" + caseId + "/plan").then()
                .body("agreements.find { it.id == '" + late + "' }.status", equalTo("OVERDUE"));
    }

    static String agreement(String token, String caseId, String goalId, String description, LocalDate due) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("description", description, "ownerOrganisation",
                "Politie Zeeland-West-Brabant", "ownerPerson", "Wijkagent", "dueDate", due.toString()));
        if (goalId != null) {
            body.put("goalId", goalId);
        }
        List<Map<String, Object>> agreements = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/cases/" + caseId + "/plan/agreements").then().statusCode(200).extract()
                .path("agreements");
        return agreements.stream().filter(a -> description.equals(a.get("description"))).findFirst()
                .map(a -> (String) a.get("id")).orElseThrow();
    }
}
