package nl.zvh.gateway.apidocs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
class ApiDocsAreServedByTheGatewayTest {

    private final String token = Tokens.plain("dev", Set.of("functional-admin"));

    @Test
    void indexListsEveryService() {
        given().auth().oauth2(token).when().get("/api-docs").then().statusCode(200)
                .body(allOf(containsString("/api-docs/intake"), containsString("/api-docs/lifecourse")));
    }

    @Test
    void indexIsAPageOfTheShellNamingTheProgrammes() {
        given().auth().oauth2(token).accept("text/html").when().get("/api-docs").then().statusCode(200)
                .body(allOf(containsString("id=\"zvh-logout\""), containsString("id=\"zvh-breadcrumb\""),
                        containsString("<h1>Koppelen met het platform: de API voor partnersystemen</h1>"),
                        containsString("<td>Complexe casuïstiek</td>"), containsString("href=\"/api-docs/coveca\"")));
    }

    @Test
    void serviceDocumentIsFetchedServerSideFromTheManagementInterface() {
        int before = FakeUpstream.MANAGEMENT_HITS.get();
        given().auth().oauth2(token).when().get("/api-docs/intake").then().statusCode(200)
                .contentType("application/json").body("info.title", equalTo("intake-service"));
        assertEquals(before, FakeUpstream.MANAGEMENT_HITS.get(), "never asked on the service's main port");
    }

    @Test
    void unreachableServiceIs502Problem() {
        given().auth().oauth2(token).when().get("/api-docs/triage").then().statusCode(502)
                .contentType("application/problem+json").body("detail", containsString("triage"));
    }

    @Test
    void requiresAuthentication() {
        given().redirects().follow(false).when().get("/api-docs/intake").then().statusCode(302);
    }
}
