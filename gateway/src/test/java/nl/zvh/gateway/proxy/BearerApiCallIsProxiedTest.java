package nl.zvh.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.Set;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class BearerApiCallIsProxiedTest {

    private final String token = Tokens.plain("alice", Set.of("referrer"));

    @Test
    void prefixIsStrippedAndIdentityHeadersReachTheService() {
        Response response = given().auth().oauth2(token)
                .header("Cookie", "q_session=secret-session; q_auth_123=state; theme=dark").when()
                .get("/intake/api/referrals?status=open").then().statusCode(200).header("X-Upstream", "fake-intake")
                .body("method", equalTo("GET")).body("uri", equalTo("/api/referrals?status=open"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.x-forwarded-prefix", equalTo("/intake"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1")).body("headers.x-forwarded-host", notNullValue())
                .body("headers.cookie", equalTo("theme=dark"))
                .body("headers.x-correlation-id", matchesPattern("[0-9a-f-]{36}")).extract().response();
        assertEquals(response.jsonPath().getString("headers.x-correlation-id"), response.header("X-Correlation-Id"),
                "the generated correlation id is returned to the caller");
    }

    @Test
    void callersCorrelationIdIsKept() {
        given().auth().oauth2(token).header("X-Correlation-Id", "abc-123").when().get("/intake/api/referrals").then()
                .statusCode(200).header("X-Correlation-Id", "abc-123")
                .body("headers.x-correlation-id", equalTo("abc-123"));
    }

    @Test
    void anIdTheServicesWouldRefuseIsReplacedAtTheGatewaySoTheCorrelationHolds() {
        String tooLong = "a".repeat(101); // the services accept 1..100 characters: one rule, platform-core's
        String forwarded = given().auth().oauth2(token).header("X-Correlation-Id", tooLong).when()
                .get("/intake/api/referrals").then().statusCode(200)
                .body("headers.x-correlation-id", matchesPattern("[0-9a-f-]{36}")).extract()
                .path("headers.x-correlation-id");
        given().auth().oauth2(token).header("X-Correlation-Id", "a".repeat(100)).when().get("/intake/api/referrals")
                .then().statusCode(200).body("headers.x-correlation-id", equalTo("a".repeat(100)));
        assertEquals(36, forwarded.length());
    }

    @Test
    void aRefusalCarriesTheCorrelationIdInTheSameProblemShapeAsTheServices() {
        given().header("X-Correlation-Id", "trace-42").accept("application/json").when().get("/intake/api/referrals")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://zvh.nl/problems/unauthorized")).body("status", equalTo(401))
                .body("correlationId", equalTo("trace-42"));
    }

    @Test
    void onlyTheGatewaySessionCookiesAreDropped() {
        given().auth().oauth2(token).header("Cookie", "q_session=only-ours").when().get("/intake/api/referrals").then()
                .statusCode(200).body("headers.cookie", nullValue());
    }

    @Test
    void bearerPostFromAnyOriginPassesWithItsBody() {
        given().auth().oauth2(token).header("Origin", "https://partner-system.example").contentType("application/json")
                .body("{\"person\":\"Jan\"}").when().post("/intake/api/referrals").then().statusCode(200)
                .body("method", equalTo("POST")).body("body", equalTo("{\"person\":\"Jan\"}"))
                .body("headers.content-type", equalTo("application/json"));
    }

    @Test
    void largeUploadIsStreamedCompletely() {
        byte[] upload = new byte[5 * 1024 * 1024];
        Arrays.fill(upload, (byte) 'x');
        given().auth().oauth2(token).contentType("application/octet-stream").body(upload).when()
                .put("/intake/api/documents/1").then().statusCode(200).body("bodyLength", equalTo(upload.length))
                .body("headers.authorization", not(equalTo(null)));
    }
}
