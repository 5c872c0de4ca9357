package nl.zvh.intake.referral;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.HOUSING;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.zvh.platform.retention.RetentionRunner;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A partner system that did not get the answer to a submission (timeout, 503, lost connection) sends it again with
 * the same Idempotency-Key: it gets the referral it already filed, and triage sees one referral, not two. Racing
 * retries file one too; a key reused for another referral is refused; another organisation's key is its own.
 */
@QuarkusTest
class RetriedSubmissionWithTheSameIdempotencyKeyFilesOneReferralTest {
    @Inject
    EntityManager em;

    @Inject
    RetentionRunner retention;

    private final String police = TestTokens.token("police-system-retry", POLICE, HOUSE, "referrer");

    @Test
    void theSameKeyAgainReturnsTheFirstReferralAndFilesNothingNew() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = ReferralRequests.valid();
        Response first = submit(police, key, body);
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        String id = first.path("id");

        submit(police, key, body).then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .header("Location", org.hamcrest.Matchers.endsWith("/api/referrals/" + id)).body("id", equalTo(id))
                .body("mainPerson.lastName", equalTo("Berg"));

        assertEquals(1L, count("select count(*) from submission_key where referral_id = ?1", UUID.fromString(id)));
        assertEquals(1L, count("select count(*) from outbox_message where aggregate_id = ?1", id),
                "one ReferralSubmitted: triage sees one referral");
        assertEquals(3L, count("select count(*) from audit_log where resource_id = ?1 and action = 'READ'"
                + " and purpose = 'referral-submission'", id), "the replay is audited, once per person (3)");
    }

    @Test
    void racingRetriesWithOneKeyFileOneReferral() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = ReferralRequests.valid();
        List<CompletableFuture<Response>> racing = List.of(
                CompletableFuture.supplyAsync(() -> submit(police, key, body)),
                CompletableFuture.supplyAsync(() -> submit(police, key, body)),
                CompletableFuture.supplyAsync(() -> submit(police, key, body)));
        List<String> ids = racing.stream().map(CompletableFuture::join).peek(r -> r.then().statusCode(201))
                .map(r -> r.<String>path("id")).distinct().toList();
        assertEquals(1, ids.size(), "all three answered with one referral: " + ids);
        assertEquals(1L,
                count("select count(*) from submission_key where referral_id = ?1", UUID.fromString(ids.get(0))));
    }

    @Test
    void theSameKeyForAnotherReferralIsRefusedAndStoresNothing() {
        String key = UUID.randomUUID().toString();
        submit(police, key, ReferralRequests.valid()).then().statusCode(201);
        Map<String, Object> other = ReferralRequests.valid();
        other.put("question", "Another family entirely; this must not be taken for the first referral.");
        long before = count("select count(*) from referral where referrer_organisation = ?1", POLICE);

        submit(police, key, other).then().statusCode(422).contentType("application/problem+json").body("errors.field",
                hasItem("Idempotency-Key"));
        assertEquals(before, count("select count(*) from referral where referrer_organisation = ?1", POLICE));
    }

    @Test
    void anotherOrganisationsSameKeyIsItsOwnAndNobodyElsesReferralLeaks() {
        String key = UUID.randomUUID().toString();
        String policeId = submit(police, key, ReferralRequests.valid()).then().statusCode(201).extract().path("id");
        String housing = TestTokens.token("housing-system-retry", HOUSING, HOUSE, "referrer");
        Response theirs = submit(housing, key, ReferralRequests.valid());
        theirs.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertNotEquals(policeId, theirs.path("id"));
    }

    @Test
    void aMalformedKeyIsA400NamingTheHeader() {
        long before = count("select count(*) from referral where referrer_organisation = ?1", POLICE);
        submit(police, "x".repeat(201), ReferralRequests.valid()).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));
        submit(police, "two words", ReferralRequests.valid()).then().statusCode(400).body("errors.field",
                hasItem("Idempotency-Key"));
        assertEquals(before, count("select count(*) from referral where referrer_organisation = ?1", POLICE));
    }

    @Test
    void aKeyIsForgottenAfterADayByTheRetentionRound() {
        String key = UUID.randomUUID().toString();
        String id = submit(police, key, ReferralRequests.valid()).then().statusCode(201).extract().path("id");
        retention.run(java.time.Instant.now().plus(java.time.Duration.ofHours(25)));
        assertEquals(0L, count("select count(*) from submission_key where referral_id = ?1", UUID.fromString(id)));
        assertEquals(1L, count("select count(*) from referral where id = ?1", UUID.fromString(id)),
                "the referral itself stays");
    }

    private static Response submit(String token, String key, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/referrals");
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(
                () -> ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }
}
