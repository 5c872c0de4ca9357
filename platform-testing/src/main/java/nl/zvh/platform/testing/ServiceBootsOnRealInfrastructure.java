package nl.zvh.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * What every service must do on the spine, inherited by one {@code @QuarkusTest} per service: start on the real
 * PostgreSQL (Flyway applied the platform tables) and Kafka, report ready with the database check and the broker in
 * the health details (not in readiness), publish its OpenAPI, health and metrics on the management interface only (the
 * HTTP port answers 404 there), and refuse anonymous API calls and tokens without the platform audience.
 */
public abstract class ServiceBootsOnRealInfrastructure {

    @Inject
    EntityManager em;

    /** A path under /api or /ui that needs a role. */
    protected abstract String protectedPath();

    @Test
    void readyWithDatabaseAndKafkaAndPlatformTablesMigrated() {
        // readiness is the HTTP API's (database); the broker is a wellness check: an outage must not take the service
        // out of its load balancer, since the outbox rides it out (issue 26)
        ManagementInterface.given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"))
                .body("checks.name", org.hamcrest.Matchers.not(hasItems("Kafka broker")));
        ManagementInterface.given().when().get("/q/health/well").then().statusCode(200).body("checks.name",
                hasItems("Kafka broker"));
        ManagementInterface.given().when().get("/q/health").then().body("checks.name", hasItems("Kafka broker"));
        ManagementInterface.given().when().get("/q/health/live").then().statusCode(200);
        long tables = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em
                        .createNativeQuery("select count(*) from information_schema.tables where table_name in"
                                + " ('outbox_message', 'consumed_event', 'audit_log')")
                        .getSingleResult()).longValue());
        assertEquals(3, tables);
        ManagementInterface.given().when().get("/q/openapi?format=json").then().statusCode(200).body("openapi",
                startsWith("3."));
        ManagementInterface.given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.allOf(containsString("zvh_outbox_backlog"),
                        containsString("zvh_kafka_broker_reachable"),
                        containsString("zvh_retention_last_success_timestamp_seconds")));
    }

    @Test
    void healthMetricsAndOpenApiAreNotOnTheHttpPort() {
        for (String path : java.util.List.of("/q/health", "/q/health/ready", "/q/metrics", "/q/openapi",
                "/q/swagger-ui")) {
            given().redirects().follow(false).when().get(path).then().statusCode(404);
        }
        ManagementInterface.given().redirects().follow(false).when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void anonymousCallsAreRefused() {
        given().when().get(protectedPath()).then().statusCode(401);
    }

    /** Only tokens with the platform audience (zvh-platform): a token the realm issued to another client is not one. */
    @Test
    void tokensOfAnotherClientOfTheRealmAreRefused() {
        given().auth().oauth2(TestTokens.forAnotherClient("vreemd", "Politie", "markiezaten")).when()
                .get(protectedPath()).then().statusCode(401);
        given().auth().oauth2(TestTokens.token("vreemd", "Politie", "markiezaten")).redirects().follow(false).when()
                .get(protectedPath()).then().statusCode(org.hamcrest.Matchers.not(401));
    }
}
