package nl.zvh.gateway.fanout;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.zvh.gateway.support.FakeUpstream;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 26: when the gateway asks every service for the privacy officer (the audit search), each service hears the
 * officer's own token, the request's correlation id (so its log lines belong to the request) and the trace, with the
 * gateway's span as the parent.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class ServicesAskedOnTheCallersBehalfHearItsCorrelationIdAndTraceTest {
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLERS_SPAN = "00f067aa0ba902b7";

    private final String officer = Tokens.withSecondFactor("fg", "ZVH De Markiezaten", "markiezaten",
            "privacy-officer");

    @Test
    void everyServiceHearsTheTokenCorrelationIdAndTraceOfTheRequest() {
        FakeUpstream.AUDIT_CALLS.clear();
        given().auth().oauth2(officer).header("X-Correlation-Id", "fan-out-check-1")
                .header("traceparent", "00-" + TRACE + "-" + CALLERS_SPAN + "-01").when().get("/privacy/audit").then()
                .statusCode(200);

        List<Map<String, String>> calls = List.copyOf(FakeUpstream.AUDIT_CALLS);
        assertFalse(calls.isEmpty(), "the audit search asked the services");
        for (Map<String, String> call : calls) {
            assertEquals("Bearer " + officer, call.get("Authorization"));
            assertEquals("fan-out-check-1", call.get("X-Correlation-Id"));
            String traceParent = call.get("traceparent");
            assertTrue(traceParent != null && traceParent.startsWith("00-" + TRACE + "-"), call.toString());
            assertNotEquals(CALLERS_SPAN, traceParent.split("-")[2], "the gateway's own span is the parent");
        }
    }
}
