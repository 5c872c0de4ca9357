package nl.zvh.coveca.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import nl.zvh.coveca.Tokens;
import nl.zvh.platform.testing.Kafka;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract: triage-service's own TriageDecided samples, sent through the real broker. A decision starting
 * CoVeCa opens exactly one case (also when redelivered, also under a second event id) with the referral's persons,
 * the referrer's organisation as partner, and CoveCaCaseOpened naming the source referral; an advice opens nothing.
 */
@QuarkusTest
class TriageStartingCovecaOpensOneCaseTest {
    static final Path SAMPLES = Path.of("../triage-service/src/main/asyncapi/samples");
    static final String SAMPLE_REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";

    @Test
    void approachStartedOpensOneCaseWithTheReferralsPersons() throws Exception {
        String referralId = UUID.randomUUID().toString();
        String decided = sample("TriageDecided-v1.json", referralId);
        Kafka.send("zvh.triage.decision", referralId, decided);
        Kafka.send("zvh.triage.decision", referralId, decided); // redelivery
        Kafka.send("zvh.triage.decision", referralId, sample("TriageDecided-v1.json", referralId)); // new event id

        String police = Tokens.policeDirector();
        String caseId = OpenedCases.awaitOne(police, "sourceReferralId", referralId);
        given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("source", equalTo("TRIAGE")).body("intensity", equalTo("MAATWERK"))
                .body("subApproach", equalTo("MDA_PLUS_PLUS")).body("municipality", equalTo("Roosendaal"))
                .body("startDate", equalTo("2026-11-26"))
                .body("persons.fullName", contains("Jan van der Berg", "Fatima El Amrani"))
                .body("persons.role", contains("MAIN", "SYSTEM_MEMBER"))
                .body("partners.organisation", contains("Politie Zeeland-West-Brabant"));
        given().auth().oauth2(Tokens.housingDirector()).when().get("/api/cases/" + caseId).then().statusCode(404);

        String opened = Kafka.await("zvh.coveca.case", r -> caseId.equals(r.key()));
        assertTrue(opened.contains("\"type\":\"CoveCaCaseOpened\""), opened);
        assertTrue(opened.contains("\"sourceReferralId\":\"" + referralId + "\""), opened);
    }

    @Test
    void adviceOpensNoCase() throws Exception {
        String referralId = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referralId, sample("TriageDecided-v1-advice.json", referralId));
        // a later CoVeCa decision on the same partition proves the advice was consumed before it
        String other = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referralId, sample("TriageDecided-v1.json", other));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(Tokens.policeDirector())
                        .queryParam("sourceReferralId", other).when().get("/api/cases").then().body("$", hasSize(1)));
        given().auth().oauth2(Tokens.policeDirector()).queryParam("sourceReferralId", referralId).when()
                .get("/api/cases").then().statusCode(200).body("$", empty());
    }

    static String sample(String file, String referralId) throws Exception {
        String json = Files.readString(SAMPLES.resolve(file));
        assertTrue(json.contains(SAMPLE_REFERRAL));
        return json.replace(SAMPLE_REFERRAL, referralId).replaceFirst("\"id\": \"[0-9a-f-]+\"",
                "\"id\": \"" + UUID.randomUUID() + "\"");
    }
}
