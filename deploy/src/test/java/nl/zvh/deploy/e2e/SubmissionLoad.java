package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Submits referrals through the gateway with a real token, one after another with a pause, until stopped; records
 * the ids of accepted referrals and the status of every refusal — the load under which the fault tests inject faults.
 */
final class SubmissionLoad implements AutoCloseable {
    final List<String> accepted = new CopyOnWriteArrayList<>();
    final Map<Integer, Integer> refused = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile String token;

    private SubmissionLoad(long pauseMillis) {
        token = Keycloak.userToken("politie-referrer");
        thread = new Thread(() -> {
            long tokenAt = System.nanoTime();
            while (running.get()) {
                if (System.nanoTime() - tokenAt > 120_000_000_000L) { // tokens live 5 minutes: renew early
                    token = Keycloak.userToken("politie-referrer");
                    tokenAt = System.nanoTime();
                }
                submitOne();
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "submission-load");
        thread.start();
    }

    static SubmissionLoad start(long pauseMillis) {
        return new SubmissionLoad(pauseMillis);
    }

    private void submitOne() {
        try {
            Response r = given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON)
                    .body(ReferralReachesTriageQueueThroughGatewayIT.referral()).when().post("/intake/api/referrals");
            if (r.statusCode() == 201) {
                accepted.add(r.path("id"));
            } else {
                refused.merge(r.statusCode(), 1, Integer::sum);
            }
        } catch (RuntimeException connectionFailed) {
            refused.merge(-1, 1, Integer::sum);
        }
    }

    int refusedTotal() {
        return refused.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
