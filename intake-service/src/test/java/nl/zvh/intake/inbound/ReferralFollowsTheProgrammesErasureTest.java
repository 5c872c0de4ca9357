package nl.zvh.intake.inbound;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import nl.zvh.intake.ErasureSamples;
import nl.zvh.intake.referral.ReferralRequests;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract: coveca's PersonDataErased sample (its case came from our referral), sent twice through the real
 * broker, anonymises the referral once; the referral answers 404 from then on.
 */
@QuarkusTest
class ReferralFollowsTheProgrammesErasureTest {
    @Inject
    EntityManager em;

    private final String police = TestTokens.token("agent-follow", POLICE, HOUSE, "referrer");

    @Test
    void referralOfAnErasedCaseIsErasedToo() throws Exception {
        String id = given().auth().oauth2(police).contentType(ContentType.JSON).body(ReferralRequests.valid()).when()
                .post("/api/referrals").then().statusCode(201).extract().path("id");
        String event = ErasureSamples.sample("PersonDataErased-v1.json", id);
        Kafka.send("zvh.privacy.erasure.coveca", id, event);
        Kafka.send("zvh.privacy.erasure.coveca", id, event);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> given().auth().oauth2(police).when().get("/api/referrals/" + id).then().statusCode(404));
        long named = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from referral_person where referral_id = cast(?1 as uuid) and last_name is not null")
                .setParameter(1, id).getSingleResult()).longValue());
        assertEquals(0, named);
        long stillCounted = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from referral where id = cast(?1 as uuid) and municipality = 'Roosendaal'")
                        .setParameter(1, id).getSingleResult()).longValue());
        assertEquals(1, stillCounted, "the anonymised referral still counts in the figures");
    }
}
