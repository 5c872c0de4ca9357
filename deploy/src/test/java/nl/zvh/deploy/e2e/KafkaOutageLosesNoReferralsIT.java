package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker is down for 60 s while referrers keep submitting through the gateway: intake keeps accepting (the
 * outbox holds the events), and once Kafka is back every accepted referral reaches the triage agenda exactly once.
 * Every service stays ready the whole time (issue 26: a broker outage is what the outbox rides out, so it must not
 * take the services out of their load balancer), reports the broker in its health details, and intake's outbox
 * backlog gauge rises during the outage and falls back to zero after it.
 */
@ExtendWith(LocalStack.class)
class KafkaOutageLosesNoReferralsIT {

    @Test
    void everyReferralSubmittedDuringASixtySecondBrokerOutageReachesTriageExactlyOnce() throws Exception {
        int before;
        int during;
        double backlogDuring;
        SubmissionLoad load = SubmissionLoad.start(200);
        try {
            Thread.sleep(5_000);
            before = load.accepted.size();
            LocalStack.run("stop-kafka", 120);
            long down = System.nanoTime();
            Thread.sleep(30_000);
            for (int port : SERVICE_PORTS) {
                assertEquals(200, status(port, "/q/health/ready"), "service on " + port + " stays ready without Kafka");
            }
            assertEquals(503, status(8081, "/q/health/well"), "the broker's absence shows in intake's health details");
            backlogDuring = gauge(8081, "zvh_outbox_backlog");
            Thread.sleep(30_000);
            during = load.accepted.size() - before;
            System.out.printf("[KafkaOutage] broker down for %.1fs%n", (System.nanoTime() - down) / 1e9);
        } finally {
            LocalStack.run("start-kafka", 180); // heal the shared stack whatever happened
        }
        Thread.sleep(5_000);
        load.close();
        List<String> ids = List.copyOf(load.accepted);
        System.out.printf(
                "[KafkaOutage] submitted %d referrals: %d before, %d during the outage, %d after; refused %s%n",
                ids.size() + load.refusedTotal(), before, during, ids.size() - before - during, load.refused);
        assertTrue(during > 20, "intake kept accepting referrals while the broker was down, got " + during);
        assertEquals(0, load.refusedTotal(), "no submission refused while Kafka was down: " + load.refused);

        String placeholders = String.join(",", ids.stream().map(i -> "?").toList());
        Object[] uuids = ids.stream().map(UUID::fromString).toArray();
        long t0 = System.nanoTime();
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Database.count("triage",
                        "select count(distinct referral_id) from triage_referral where referral_id in (" + placeholders
                                + ")",
                        uuids) == ids.size());
        System.out.printf("[KafkaOutage] all %d on the triage agenda %.1fs after the broker was back%n", ids.size(),
                (System.nanoTime() - t0) / 1e9 + 5);
        long rows = Database.count("triage",
                "select count(*) from triage_referral where referral_id in (" + placeholders + ")", uuids);
        long mainPersons = Database.count("triage",
                "select count(*) from triage_person where role = 'MAIN'" + " and referral_id in (" + placeholders + ")",
                uuids);
        System.out.printf("[KafkaOutage] triage rows %d, main persons %d, for %d accepted referrals%n", rows,
                mainPersons, ids.size());
        assertEquals(ids.size(), rows, "each referral exactly once on the agenda");
        assertEquals(ids.size(), mainPersons, "each referral's main person exactly once");

        assertTrue(backlogDuring > 0, "intake's outbox backlog gauge rose during the outage: " + backlogDuring);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> gauge(8081, "zvh_outbox_backlog") == 0);
        assertEquals(200, status(8081, "/q/health/well"), "the broker is back in intake's health details");

        String chair = Keycloak.userToken("politie-triage-chair");
        Set<String> queued = new HashSet<>(given().baseUri(LocalStack.GATEWAY).auth().oauth2(chair).when()
                .get("/triage/api/triage/queue").then().statusCode(200).extract().jsonPath().getList("referralId"));
        assertTrue(queued.containsAll(ids), "the chair sees every referral on the triage queue");
    }

    /** intake, triage, coveca, reintegration, trafficking, lifecourse on the stack (stack.sh's ports + offset). */
    private static final int[] SERVICE_PORTS = {8081, 8082, 8083, 8084, 8085, 8086};

    /** The status of a health path on the management interface of the service with stack.sh's port {@code port}. */
    private static int status(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(LocalStack.management(port) + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A gauge's value (summed over its series) from the service's Prometheus metrics. */
    private static double gauge(int port, String name) throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(LocalStack.management(port) + "/q/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        double sum = 0;
        boolean found = false;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        assertTrue(found, name + " is published on " + port);
        return sum;
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
}
