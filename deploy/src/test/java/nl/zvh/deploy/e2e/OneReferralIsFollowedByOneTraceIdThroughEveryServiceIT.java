package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 26: an operator follows one referral by one trace id. The referrer's request enters the gateway with a W3C
 * traceparent; the gateway's span is the parent of intake's (the gateway replaces the caller's traceparent with its own
 * span, so without the gateway's tracing intake would start a new trace), intake writes ReferralSubmitted to its
 * outbox with the trace, the relay sends it with a traceparent header, triage applies it in that trace and answers
 * with ReferralScheduled in it. Days later the chair decides in a request of her own (another trace); the decision
 * continues the referral's trace, so CoVeCa opens the case in the same trace. Read from the services' own log lines
 * ({@code trace:<id>}), as an operator without a collector would.
 */
@ExtendWith(LocalStack.class)
class OneReferralIsFollowedByOneTraceIdThroughEveryServiceIT {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void theReferralsTraceRunsFromTheGatewayThroughKafkaIntoTriageAndCoveca() {
        String traceId = hex(16);
        String referrer = Keycloak.userToken("politie-referrer");
        String referralId = as(referrer).header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .body(ReferralReachesTriageQueueThroughGatewayIT.referral()).when().post("/intake/api/referrals").then()
                .statusCode(201).extract().path("id");

        String chair = Keycloak.userToken("politie-triage-chair");
        TriageTable.onTheTable(chair, referralId, "E2E: tracering");
        TriageTable.decide(chair, referralId,
                Map.of("outcome", "APPROACH_STARTED", "programme", "COVECA", "intensity", "MAATWERK", "subApproach",
                        "REGULAR", "rationale", "Meerdere ketens nodig.", "membersPresent", List.of("OM")));
        String director = Keycloak.userToken("politie-process-director");
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(director).queryParam("sourceReferralId", referralId).when()
                        .get("/coveca/api/cases").then().statusCode(200).body("$", hasSize(1)));

        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertTraced("intake-service", traceId, "ReferralSubmitted", "written to the outbox");
            assertTraced("triage-service", traceId, "applied ReferralSubmitted");
            assertTraced("triage-service", traceId, "ReferralScheduled", "written to the outbox");
            assertTraced("intake-service", traceId, "applied ReferralScheduled");
            assertTraced("triage-service", traceId, "TriageDecided", "written to the outbox");
            assertTraced("coveca-service", traceId, "applied TriageDecided");
            assertTraced("intake-service", traceId, "applied TriageDecided");
        });
    }

    private static void assertTraced(String service, String traceId, String... words) throws IOException {
        Path log = LocalStack.stackDir().resolve("logs").resolve(service + ".log");
        List<String> inTrace;
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            inTrace = lines.filter(line -> line.contains("trace:" + traceId)).collect(Collectors.toList());
        }
        boolean found = inTrace.stream().anyMatch(line -> List.of(words).stream().allMatch(line::contains));
        assertTrue(found, service + " logged no line with " + List.of(words) + " in trace " + traceId
                + "; its lines in the trace: " + inTrace);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static RequestSpecification as(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
