package nl.zvh.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.zvh.gateway.support.GatewayTestResources;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class ApiCallWithoutTokenGets401Test {

    @Test
    void missingTokenIs401ProblemNotALoginRedirect() {
        given().redirects().follow(false).when().get("/intake/api/referrals").then().statusCode(401)
                .header("Location", nullValue()).header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json").body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void invalidTokenIs401Problem() {
        given().redirects().follow(false).auth().oauth2("not.a.jwt").when().get("/intake/api/referrals").then()
                .statusCode(401).header("Location", nullValue()).contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void sessionCookieAloneDoesNotOpenTheApi() {
        given().redirects().follow(false).header("Cookie", "q_session=whatever").when().get("/triage/api/sessions")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void nonApiProgrammePathWithoutAnyCredentialIsNeverProxiedAnonymously() {
        given().redirects().follow(false).header("Accept", "application/json").when().get("/intake/other").then()
                .statusCode(302);
    }
}
