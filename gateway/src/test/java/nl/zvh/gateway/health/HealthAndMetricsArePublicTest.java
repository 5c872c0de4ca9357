package nl.zvh.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class HealthAndMetricsArePublicTest {

    @Test
    void livenessAndReadinessAreUpWithoutLogin() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")).body("checks.name",
                org.hamcrest.Matchers.hasItem("OIDC server"));
    }

    @Test
    void prometheusMetricsAreExposedWithOneSeriesPerProgramme() {
        given().auth().oauth2(Tokens.plain("alice", Set.of("referrer"))).when().get("/intake/api/referrals/42").then()
                .statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"))
                .body(containsString("uri=\"/intake/*\"")).body(not(containsString("/intake/api/referrals/42")));
    }
}
