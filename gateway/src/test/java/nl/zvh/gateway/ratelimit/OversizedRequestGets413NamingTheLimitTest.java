package nl.zvh.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Arrays;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

/** A body larger than the configured maximum (here 1 KiB) is refused with 413 problem+json naming the limit. */
@QuarkusTest
@TestProfile(TightLimits.class)
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class OversizedRequestGets413NamingTheLimitTest {

    @Test
    void oversizedUploadIsRefusedBeforeReachingTheService() {
        byte[] body = new byte[2048];
        Arrays.fill(body, (byte) 'x');
        String token = Tokens.keycloakStyle("size-user", "Woonkwartier", "markiezaten", "referrer");
        given().auth().oauth2(token).contentType("application/octet-stream").body(body).when()
                .post("/intake/api/referrals").then().statusCode(413).contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff").body("status", equalTo(413))
                .body("detail", containsString("at most 1 KiB (1024 bytes)"));
    }

    @Test
    void bodyWithinTheLimitPasses() {
        String token = Tokens.keycloakStyle("size-user-2", "Woonkwartier", "markiezaten", "referrer");
        given().auth().oauth2(token).contentType("application/json").body("{\"a\":1}").when()
                .post("/intake/api/referrals").then().statusCode(200).body("method", equalTo("POST"));
    }
}
