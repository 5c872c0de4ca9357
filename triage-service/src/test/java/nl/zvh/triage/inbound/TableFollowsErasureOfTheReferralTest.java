package nl.zvh.triage.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract and data-subject access: the privacy officer's export holds the referred person (not the
 * partner); intake's PersonDataErased sample for that referral, sent twice through the real broker, anonymises the
 * table's copy once: gone from the queue and the export, names and BSN gone from the database, still counted.
 */
@QuarkusTest
class TableFollowsErasureOfTheReferralTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    private final String member = TestTokens.token("politie-triage-ret", "Politie Zeeland-West-Brabant", "markiezaten",
            "triage-member");
    private final String officer = TestTokens.token("fg-triage", "ZVH De Markiezaten", "markiezaten",
            "privacy-officer");

    @Test
    void erasedReferralLeavesTheTable() throws Exception {
        String id = UUID.randomUUID().toString();
        String submitted = IntakeSamples.submitted(id, Instant.now());
        String mainPerson = submitted.replaceAll("(?s).*\"mainPerson\": \\{\\s*\"personId\": \"([0-9a-f-]+)\".*", "$1");
        IntakeSamples.send(bootstrap, id, submitted);
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().auth().oauth2(member).when()
                .get("/api/triage/queue").then().body("referralId", hasItem(id)));
        given().auth().oauth2(officer).queryParam("personId", mainPerson).when().get("/api/subject").then()
                .statusCode(200).body("records.size()", equalTo(1)).body("records[0].lastName", equalTo("Berg"))
                .body("records[0].referralId", equalTo(id)).body(not(containsString("El Amrani")));

        String erased = Files
                .readString(Path.of("../platform-commons/src/main/asyncapi/samples/PersonDataErased-v1-referral.json"))
                .replace(IntakeSamples.SAMPLE_REFERRAL, id)
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"");
        Kafka.send("zvh.privacy.erasure.intake", id, erased);
        Kafka.send("zvh.privacy.erasure.intake", id, erased);

        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().auth().oauth2(member).when()
                .get("/api/triage/queue").then().body("referralId", not(hasItem(id))));
        given().auth().oauth2(officer).queryParam("personId", mainPerson).when().get("/api/subject").then()
                .statusCode(200).body("records.size()", equalTo(0));
        long named = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from triage_person
                where referral_id = cast(?1 as uuid) and (last_name is not null or bsn is not null)""")
                .setParameter(1, id).getSingleResult()).longValue());
        assertEquals(0, named);
        long counted = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em
                        .createNativeQuery("select count(*) from triage_referral where referral_id = cast(?1 as uuid)")
                        .setParameter(1, id).getSingleResult()).longValue());
        assertEquals(1, counted, "still counted in the figures");
    }
}
