package nl.zvh.coveca.worklist;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The service starts on a real PostgreSQL (Flyway applied) and Kafka, is ready, and denies by default. */
@QuarkusTest
class ServiceBootsOnRealInfrastructureTest {

    @Inject
    EntityManager em;

    @Test
    void readyWithDatabaseAndKafkaAndPlatformTablesMigrated() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka broker"));
        long tables = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from information_schema.tables where table_name in"
                        + " ('outbox_message', 'consumed_event', 'audit_log')").getSingleResult()).longValue());
        assertEquals(3, tables);
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("openapi", containsString("3."));
    }

    @Test
    void programmePageNeedsTheProgrammeRole() {
        given().when().get("/ui").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("analist", "ZVH De Markiezaten", "markiezaten", "analyst"))
                .when().get("/ui").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("coordinator", "ZVH De Markiezaten", "markiezaten", "process-director"))
                .when().get("/ui").then().statusCode(200).body(containsString("Complexe casuïstiek"));
    }
}
