package nl.zvh.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Set;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Health and metrics answer on the management interface only (a port of its own that the edge never routes, without
 * login); the public port, where the internet arrives, does not know them.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class HealthAndMetricsAreOnlyOnTheManagementPortTest {

    @TestHTTPResource(value = "", management = true)
    URL management;

    @Test
    void livenessAndReadinessAreUpOnTheManagementPortWithoutLogin() {
        given().port(management.getPort()).when().get("/q/health/live").then().statusCode(200).body("status",
                equalTo("UP"));
        given().port(management.getPort()).when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP")).body("checks.name", hasItem("OIDC server"));
    }

    @Test
    void prometheusMetricsAreOnTheManagementPortWithOneSeriesPerProgramme() {
        given().auth().oauth2(Tokens.plain("alice", Set.of("referrer"))).when().get("/intake/api/referrals/42").then()
                .statusCode(200);
        given().port(management.getPort()).when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"))
                .body(containsString("uri=\"/intake/*\"")).body(not(containsString("/intake/api/referrals/42")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi"})
    void thePublicPortDoesNotKnowThem(String path) {
        given().redirects().follow(false).when().get(path).then().statusCode(404);
        given().auth().oauth2(Tokens.plain("alice", Set.of("referrer"))).when().get(path).then().statusCode(404);
    }
}
