package nl.zvh.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A person, a partner system and an anonymous address each have their own request budget per window (here 3, 2
 * and 4 per hour); beyond it the gateway answers 429 problem+json with Retry-After, and other callers are not
 * affected.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class TooManyRequestsGet429WithRetryAfterTest {

    @Test
    void aPersonBeyondTheBudgetGets429OthersStillPass() {
        String anna = Tokens.keycloakStyle("anna-rate", "Politie Zeeland-West-Brabant", "markiezaten", "referrer");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(anna).when().get("/intake/api/referrals").then().statusCode(200);
        }
        given().auth().oauth2(anna).when().get("/intake/api/referrals").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")).body("status", equalTo(429))
                .body("detail", containsString("At most 3 requests per 3600 seconds"));
        // a fresh token of the same person does not reset the budget: it is counted per subject
        String annaAgain = Tokens.keycloakStyle("anna-rate", "Politie Zeeland-West-Brabant", "markiezaten", "referrer");
        given().auth().oauth2(annaAgain).when().get("/intake/api/referrals").then().statusCode(429);

        String bert = Tokens.keycloakStyle("bert-rate", "Politie Zeeland-West-Brabant", "markiezaten", "referrer");
        given().auth().oauth2(bert).when().get("/intake/api/referrals").then().statusCode(200);
    }

    @Test
    void aPartnerSystemIsCountedByItsClientId() {
        given().auth().oauth2(client("police-rate-system")).when().get("/intake/api/referrals").then().statusCode(200);
        given().auth().oauth2(client("police-rate-system")).when().get("/intake/api/referrals").then().statusCode(200);
        given().auth().oauth2(client("police-rate-system")).when().get("/intake/api/referrals").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("detail", containsString("for this client"));
        given().auth().oauth2(client("dji-rate-system")).when().get("/intake/api/referrals").then().statusCode(200);
    }

    @Test
    void anAnonymousAddressIsLimitedToo() {
        int status = 0;
        for (int i = 0; i < 5; i++) {
            status = given().header("X-Test", "anonymous").when().get("/static/gateway.css").statusCode();
        }
        org.junit.jupiter.api.Assertions.assertEquals(429, status, "the fifth anonymous request of one address");
    }

    private static String client(String clientId) {
        return Jwt.preferredUserName("service-account-" + clientId).subject("sa-" + clientId + "-" + System.nanoTime())
                .issuer("https://server.example.com").audience(Tokens.AUDIENCE).claim("azp", clientId)
                .claim("organisation", "Politie Zeeland-West-Brabant")
                .claim("realm_access", Map.of("roles", List.of("partner-system"))).jws().keyId("1")
                .sign("privateKey.jwk");
    }
}
