package nl.zvh.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import nl.zvh.gateway.support.FakeUpstream;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Overload is refused at the door: when a service already has all the requests the gateway lets it have (here two in
 * flight and one waiting), the next one is answered 503 problem+json with Retry-After at once, and never reaches the
 * service, so retrying it cannot file a referral twice. The requests that were let in are answered normally.
 */
@QuarkusTest
@TestProfile(TinyUpstreamPool.class)
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class BusyServiceGets503AtOnceWithoutTheRequestReachingItTest {

    @TestHTTPResource("/intake/api/hold")
    URI hold;

    private final String token = Tokens.plain("rita", Set.of("referrer"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void release() {
        FakeUpstream.releaseHeld();
    }

    @Test
    void requestsBeyondTheServicesShareAreRefusedAtOnceAndTheOthersAnswered() throws Exception {
        int arrivedBefore = FakeUpstream.HOLD_ARRIVALS.get();
        List<CompletableFuture<HttpResponse<String>>> admitted = new ArrayList<>();
        admitted.add(post());
        admitted.add(post());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> FakeUpstream.HELD.size() == 2);
        admitted.add(post()); // waits for a connection
        Thread.sleep(300);

        long t0 = System.nanoTime();
        HttpResponse<String> refused = post().get();
        long refusedMillis = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertEquals("3", refused.headers().firstValue("Retry-After").orElse(""));
        JsonObject problem = new JsonObject(refused.body());
        assertEquals(503, problem.getInteger("status"));
        assertTrue(problem.getString("type").endsWith("/service-busy"), problem.encode());
        assertTrue(problem.getString("detail").contains("intake"), problem.encode());
        assertTrue(refusedMillis < 2_000, "refused at once, not after a timeout: " + refusedMillis + " ms");
        assertEquals(2, FakeUpstream.HOLD_ARRIVALS.get() - arrivedBefore, "the refused request never reached it");

        FakeUpstream.releaseHeld();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            FakeUpstream.releaseHeld(); // the waiting one arrives once a connection is free
            return admitted.stream().allMatch(CompletableFuture::isDone);
        });
        for (CompletableFuture<HttpResponse<String>> answer : admitted) {
            assertEquals(200, answer.get().statusCode(), answer.get().body());
        }
        assertEquals(3, FakeUpstream.HOLD_ARRIVALS.get() - arrivedBefore);
    }

    @Test
    void aRequestThatWaitedItsConnectTimeoutForABusyServiceIs503NotAGatewayTimeout() throws Exception {
        int arrivedBefore = FakeUpstream.HOLD_ARRIVALS.get();
        post();
        post();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> FakeUpstream.HELD.size() == 2);

        HttpResponse<String> waited = post().get(); // waits 1 s for a connection that does not come free
        assertEquals(503, waited.statusCode(), waited.body());
        assertTrue(new JsonObject(waited.body()).getString("type").endsWith("/service-busy"), waited.body());
        assertEquals("3", waited.headers().firstValue("Retry-After").orElse(""));
        assertEquals(2, FakeUpstream.HOLD_ARRIVALS.get() - arrivedBefore, "it was never passed on");
    }

    private CompletableFuture<HttpResponse<String>> post() {
        return http.sendAsync(
                HttpRequest.newBuilder(hold).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"referral\": 1}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
