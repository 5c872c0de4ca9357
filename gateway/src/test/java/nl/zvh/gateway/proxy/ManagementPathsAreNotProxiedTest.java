package nl.zvh.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import nl.zvh.gateway.support.FakeUpstream;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class ManagementPathsAreNotProxiedTest {

    private final String token = Tokens.plain("alice", Set.of("referrer"));

    @Test
    void serviceQPathsAre404AndNeverReachTheService() {
        int before = FakeUpstream.MANAGEMENT_HITS.get();
        given().auth().oauth2(token).when().get("/intake/q/health").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token).when().get("/intake/q/health/ready").then().statusCode(404);
        given().auth().oauth2(token).when().get("/intake/q/metrics").then().statusCode(404);
        given().auth().oauth2(token).when().get("/intake/q/openapi").then().statusCode(404);
        given().auth().oauth2(token).urlEncodingEnabled(false).when().get("/intake/api/../q/health").then()
                .statusCode(404);
        given().auth().oauth2(token).urlEncodingEnabled(false).when().get("/intake/api/%2e%2e/q/health").then()
                .statusCode(404);
        assertEquals(before, FakeUpstream.MANAGEMENT_HITS.get(), "no /q request may reach the service");
    }
}
