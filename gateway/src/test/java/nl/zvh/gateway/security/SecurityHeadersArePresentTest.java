package nl.zvh.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Set;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class SecurityHeadersArePresentTest {

    private static void assertSecurityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff")).header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("same-origin")).header("X-Correlation-Id", notNullValue());
    }

    @Test
    void proxiedResponsesCarryTheGatewayHeadersOverridingTheService() {
        String token = Tokens.plain("alice", Set.of("referrer"));
        assertSecurityHeaders(given().auth().oauth2(token).when().get("/intake/api/referrals").then().statusCode(200)
                .header("X-Upstream", "fake-intake"));
    }

    @Test
    void errorsRedirectsAndPublicAssetsCarryThemToo() {
        assertSecurityHeaders(given().when().get("/intake/api/referrals").then().statusCode(401));
        assertSecurityHeaders(given().redirects().follow(false).when().get("/intake/ui/").then().statusCode(302));
        assertSecurityHeaders(given().when().get("/zvh-ui/zvh.css").then().statusCode(200));
        assertSecurityHeaders(given().when().get("/q/health/live").then().statusCode(404));
    }

    @Test
    void answersThatMayCarryPersonalDataAreNeverCachedTheShellsAssetsAre() {
        String token = Tokens.plain("alice", Set.of("referrer"));
        given().auth().oauth2(token).when().get("/intake/api/referrals").then().statusCode(200).header("Cache-Control",
                equalTo("no-store"));
        given().when().get("/intake/api/referrals").then().statusCode(401).header("Cache-Control", equalTo("no-store"));
        given().when().get("/zvh-ui/zvh.css").then().statusCode(200).header("Cache-Control",
                org.hamcrest.Matchers.not(containsString("no-store")));
    }

    @Test
    void hstsOnlyWhenTheRequestCameOverTls() {
        given().when().get("/zvh-ui/zvh.css").then().header("Strict-Transport-Security", nullValue());
        given().header("X-Forwarded-Proto", "https").when().get("/zvh-ui/zvh.css").then()
                .header("Strict-Transport-Security", containsString("max-age="));
    }
}
