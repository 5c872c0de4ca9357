package nl.zvh.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL restarts while referrers submit through the gateway: the services report not-ready while the database
 * is gone, become ready again by themselves when it is back, and every referral they accepted is stored and reaches
 * triage.
 */
@ExtendWith(LocalStack.class)
class DatabaseRestartUnderLoadIT {
    private static final Map<String, Integer> SERVICES = Map.of("intake-service", 8081, "triage-service", 8082);

    @Test
    void servicesGoNotReadyAndRecoverByThemselvesWithoutLosingAcceptedReferrals() throws Exception {
        Map<String, Boolean> sawDown = new ConcurrentHashMap<>();
        Map<String, Boolean> sawUpAfterDown = new ConcurrentHashMap<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Thread poller = new Thread(() -> {
            while (polling.get()) {
                SERVICES.forEach((name, port) -> {
                    int status = readiness(http, port);
                    if (status == 503) {
                        sawDown.put(name, true);
                    } else if (status == 200 && sawDown.containsKey(name)) {
                        sawUpAfterDown.put(name, true);
                    }
                });
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "readiness-poller");
        poller.start();

        SubmissionLoad load = SubmissionLoad.start(200);
        int before;
        try {
            Thread.sleep(5_000);
            before = load.accepted.size();
            LocalStack.run("stop-postgres", 120);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> sawDown.size() == SERVICES.size());
            Thread.sleep(10_000);
        } finally {
            LocalStack.run("start-postgres", 180); // heal the shared stack whatever happened
        }
        long t0 = System.nanoTime();
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> sawUpAfterDown.size() == SERVICES.size());
        System.out.printf("[DatabaseRestart] services ready again %.1fs after PostgreSQL was back%n",
                (System.nanoTime() - t0) / 1e9);
        int atRecovery = load.accepted.size();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> load.accepted.size() > atRecovery + 10);
        load.close();
        polling.set(false);
        poller.join();

        List<String> ids = List.copyOf(load.accepted);
        System.out.printf(
                "[DatabaseRestart] accepted %d referrals (%d before the restart, %d after recovery);"
                        + " refused %s; readiness DOWN seen %s, UP again %s%n",
                ids.size(), before, ids.size() - atRecovery, load.refused, sawDown.keySet(), sawUpAfterDown.keySet());
        assertEquals(SERVICES.keySet(), sawDown.keySet(), "readiness went DOWN while the database was gone");
        assertEquals(SERVICES.keySet(), sawUpAfterDown.keySet(), "readiness came back UP without manual action");
        assertTrue(ids.size() - atRecovery > 10, "intake accepts referrals again after the restart");

        String placeholders = String.join(",", ids.stream().map(i -> "?").toList());
        Object[] uuids = ids.stream().map(UUID::fromString).toArray();
        assertEquals(ids.size(),
                Database.count("intake", "select count(*) from referral where id in (" + placeholders + ")", uuids),
                "every accepted referral is stored");
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Database.count("triage",
                        "select count(*) from triage_referral where referral_id in (" + placeholders + ")",
                        uuids) == ids.size());
    }

    /** Readiness on the management interface of the service with stack.sh's port {@code port}. */
    private static int readiness(HttpClient http, int port) {
        try {
            return http
                    .send(HttpRequest.newBuilder(URI.create(LocalStack.management(port) + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
