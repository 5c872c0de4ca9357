package nl.zvh.deploy.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.zvh.deploy.e2e.Keycloak;
import nl.zvh.deploy.e2e.LocalStack;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A referral with a distinctive main person and child (names and valid BSNs made up for this run) goes through the
 * gateway to intake, over Kafka to triage, is read by the triage table and refused once with a bad BSN; afterwards
 * no log file of the stack (services, gateway, Keycloak, Kafka, PostgreSQL) contains those names or BSNs, and on
 * Kafka they appear only in the events docs/personal-data-in-events.md justifies.
 */
@ExtendWith(LocalStack.class)
class SeededNamesAndBsnsNeverReachTheLogsIT {

    @Test
    void namesAndBsnsOfAFullFlowAreNotInAnyLogFile() throws Exception {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String firstName = "Zwaantje" + tag;
        String lastName = "Logcontrole" + tag;
        String childName = "Kindje" + tag;
        String bsn = bsn();
        String childBsn = bsn();
        Map<String, Object> referral = Map.of("mainPerson",
                Map.of("firstName", firstName, "lastName", lastName, "dateOfBirth", "1979-11-02", "bsn", bsn),
                "systemMembers",
                List.of(Map.of("relation", "CHILD", "firstName", childName, "lastName", lastName, "dateOfBirth",
                        "2012-02-14", "bsn", childBsn)),
                "municipality", "Bergen op Zoom", "problemAreas", List.of("HOUSING_NUISANCE"), "question",
                "Log scan " + tag, "urgency", "NORMAL", "personInformed", "INFORMED");
        String referrer = Keycloak.userToken("politie-referrer");
        String id = given().baseUri(LocalStack.GATEWAY).auth().oauth2(referrer).contentType(ContentType.JSON)
                .body(referral).post("/intake/api/referrals").then().statusCode(201).extract().path("id");
        // a refused request carrying personal data (invalid BSN): the problem names the field, the log not the value
        String badBsn = bsn().substring(0, 8) + "0";
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(referrer).contentType(ContentType.JSON).body(Map.of(
                "mainPerson",
                Map.of("firstName", firstName, "lastName", lastName, "dateOfBirth", "1979-11-02", "bsn", badBsn)))
                .post("/intake/api/referrals").then().statusCode(400);
        String chair = Keycloak.userToken("politie-triage-chair");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> given().baseUri(LocalStack.GATEWAY).auth().oauth2(chair)
                        .get("/triage/api/triage/queue").then().statusCode(200).body("referralId", hasItem(id)));
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(chair).get("/intake/api/referrals/" + id).then()
                .statusCode(200);
        Thread.sleep(2000); // let asynchronous log lines (relay, consumers) be written

        Path logs = Path.of(System.getProperty("zvh.stack.dir", "target/stack")).resolve("logs");
        List<Path> files;
        try (Stream<Path> s = Files.list(logs)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().startsWith("intake")),
                "the stack's logs are here: " + files);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String secret : List.of(firstName, lastName, childName, bsn, childBsn, badBsn)) {
                if (text.contains(secret)) {
                    found.add(file.getFileName() + " contains " + secret);
                }
            }
        }
        assertEquals(List.of(), found, "personal data in the log output");

        // on Kafka, the seeded persons appear only in the events whose consumers need them
        List<String> onKafka = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(
                LocalStack.kafka(Map.of("group.id", "log-scan-" + tag, "auto.offset.reset", "earliest")),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Pattern.compile("zvh\\..*"));
            long idle = 0;
            while (idle < 5) {
                var records = consumer.poll(Duration.ofSeconds(2));
                idle = records.isEmpty() ? idle + 1 : 0;
                for (var r : records) {
                    if (r.value() == null || !(r.value().contains(bsn) || r.value().contains(lastName))) {
                        continue;
                    }
                    String type = header(r.headers().lastHeader("zvh-event-type"));
                    if (type == null) {
                        var m = Pattern.compile("\"type\"\\s*:\\s*\"(\\w+)\"").matcher(r.value());
                        type = m.find() ? m.group(1) : "unknown";
                    }
                    onKafka.add(r.topic() + ":" + type);
                    if (!EventsCarryPersonalDataOnlyWhereDeclaredTest.MAY_IDENTIFY.contains(type)) {
                        elsewhere.add(r.topic() + ":" + type);
                    }
                }
            }
        }
        assertTrue(onKafka.contains("zvh.intake.referral:ReferralSubmitted"),
                "triage needs the persons of the submitted referral: " + onKafka);
        assertEquals(List.of(), elsewhere, "identifying data in events whose consumers do not need it");
    }

    private static String header(org.apache.kafka.common.header.Header h) {
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A random nine-digit number passing the BSN eleven test. */
    static String bsn() {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
                sum += d[i] * (9 - i);
            }
            int last = sum % 11;
            if (last <= 9) {
                d[8] = last; // sum - last digit ≡ 0 (mod 11)
                StringBuilder sb = new StringBuilder();
                for (int x : d) {
                    sb.append(x);
                }
                return sb.toString();
            }
        }
    }
}
