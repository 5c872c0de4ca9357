package nl.zvh.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class BrowserWithoutSessionIsRedirectedToLoginTest {

    private static String authorizationEndpoint() {
        return ConfigProvider.getConfig().getValue("keycloak.url", String.class) + "/realms/quarkus?";
    }

    @Test
    void programmeUiRedirectsToTheOidcServer() {
        given().redirects().follow(false).when().get("/intake/ui/").then().statusCode(302)
                .header("Location", startsWith(authorizationEndpoint()))
                .header("Location", containsString("client_id=quarkus-web-app"))
                .header("Location", containsString("response_type=code"));
    }

    @Test
    void programmeUiIsForBrowserSessionsOnlyAndRefusesBearerTokens() {
        given().redirects().follow(false).auth().oauth2(Tokens.plain("alice", Set.of("referrer"))).when()
                .get("/intake/ui/").then().statusCode(401).header("X-Upstream", nullValue());
    }

    @Test
    void landingPageRedirectsToTheOidcServer() {
        given().redirects().follow(false).when().get("/").then().statusCode(302).header("Location",
                startsWith(authorizationEndpoint()));
    }
}
