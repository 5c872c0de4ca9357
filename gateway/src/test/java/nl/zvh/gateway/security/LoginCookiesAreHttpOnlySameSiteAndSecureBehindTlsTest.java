package nl.zvh.gateway.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import nl.zvh.gateway.support.GatewayTestResources;
import org.junit.jupiter.api.Test;

/**
 * Behind the TLS ingress, the cookie the gateway sets when it sends a browser to log in (the same settings apply to
 * the session cookie after login) is Secure, HttpOnly and SameSite=Lax, even on a request that reached the gateway
 * as plain HTTP from the proxy.
 */
@QuarkusTest
@TestProfile(BehindTls.class)
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class LoginCookiesAreHttpOnlySameSiteAndSecureBehindTlsTest {

    @Test
    void loginStateCookieIsSecureHttpOnlyAndLax() {
        List<String> cookies = given().redirects().follow(false).when().get("/intake/ui/").then().statusCode(302)
                .extract().headers().getValues("Set-Cookie");
        String state = cookies.stream().filter(c -> c.startsWith("q_auth")).findFirst()
                .orElseThrow(() -> new AssertionError("no login state cookie in " + cookies));
        String lower = state.toLowerCase();
        assertTrue(lower.contains("; secure"), state);
        assertTrue(lower.contains("; httponly"), state);
        assertTrue(lower.contains("samesite=lax"), state);
        assertFalse(lower.contains("domain="), "host-only cookie: " + state);
    }
}
