package nl.zvh.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.zvh.gateway.support.GatewayTestResources;
import org.junit.jupiter.api.Test;

/**
 * The CSRF check runs before authentication, so a forged session cookie is enough to show it: a cross-origin
 * form post carrying a session cookie is refused with 403 whatever the session is, while a same-origin post
 * gets past the check (and is then handled by the login flow).
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class CrossOriginSessionPostIsRejectedTest {

    private static String ownOrigin() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void crossOriginPostWithSessionCookieIs403Problem() {
        given().redirects().follow(false).header("Cookie", "q_session=forged").header("Origin", "https://evil.example")
                .formParam("decision", "close").when().post("/coveca/ui/cases/1/close").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void sessionPostWithoutOriginOrRefererIs403() {
        given().redirects().follow(false).header("Cookie", "q_session=forged").formParam("decision", "close").when()
                .delete("/coveca/ui/cases/1").then().statusCode(403);
    }

    @Test
    void sameOriginPostPassesTheCheck() {
        given().redirects().follow(false).header("Cookie", "q_session=forged").header("Origin", ownOrigin())
                .formParam("decision", "close").when().post("/coveca/ui/cases/1/close").then()
                .statusCode(not(equalTo(403)));
        given().redirects().follow(false).header("Cookie", "q_session=forged")
                .header("Referer", ownOrigin() + "/coveca/ui/cases/1").formParam("decision", "close").when()
                .post("/coveca/ui/cases/1/close").then().statusCode(not(equalTo(403)));
    }
}
