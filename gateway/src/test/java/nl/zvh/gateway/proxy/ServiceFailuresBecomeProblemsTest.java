package nl.zvh.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
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

/** The triage route points at a closed port; the fake intake service never answers /api/slow (idle timeout 1 s). */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class ServiceFailuresBecomeProblemsTest {

    private final String token = Tokens.plain("tess", Set.of("triage-member"));

    @Test
    void serviceDownGives502Problem() {
        given().auth().oauth2(token).when().get("/triage/api/sessions").then().statusCode(502)
                .contentType("application/problem+json").body("status", equalTo(502))
                .body("title", equalTo("Bad Gateway")).body("type", containsString("service-unavailable"))
                .body("detail", allOf(containsString("triage"), not(containsString("Exception"))))
                .body(not(containsString("at io.")));
    }

    @Test
    void slowServiceGives504Problem() {
        given().auth().oauth2(token).when().get("/intake/api/slow").then().statusCode(504)
                .contentType("application/problem+json").body("status", equalTo(504))
                .body("title", equalTo("Gateway Timeout")).body("detail", containsString("intake"));
    }
}
