package nl.zvh.gateway.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A token the realm signed for another of its clients (audience "account", not zvh-platform) is refused with 401
 * before anything reaches a service; the same person's platform token passes.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class TokenIssuedToAnotherClientIsRefusedTest {

    @Test
    void tokenWithoutThePlatformAudienceGets401() {
        given().auth().oauth2(Tokens.forAnotherClient("agent", "referrer")).when().get("/intake/api/referrals").then()
                .statusCode(401).contentType("application/problem+json").header("X-Upstream", (String) null)
                .body("status", equalTo(401));
    }

    @Test
    void theSamePersonsPlatformTokenPasses() {
        given().auth().oauth2(Tokens.keycloakStyle("agent", "Politie", "markiezaten", "referrer")).when()
                .get("/intake/api/referrals").then().statusCode(200).header("X-Upstream", "fake-intake");
    }
}
