package nl.zvh.triage.check;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import nl.zvh.triage.PublishedEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A check whose deadline is near gets exactly one reminder, and only one instance runs the reminder round. */
@QuarkusTest
class ReminderGoesOutOncePerCheckAndOncePerClusterTest {
    static final String CHAIR = TestTokens.token("voorzitter", "ZVH De Markiezaten", "markiezaten", "triage-chair",
            "triage-member");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    CheckReminders reminders;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Test
    void nearDeadlineIsRemindedOnceAndASecondInstanceSkipsTheRound() throws Exception {
        String referralId = UUID.randomUUID().toString();
        IntakeSamples.send(bootstrap, referralId, IntakeSamples.submitted(referralId, Instant.now()));
        PublishedEvents.await(bootstrap, "zvh.triage.decision", 1,
                PublishedEvents.ofType("ReferralScheduled", referralId));
        // an urgent session tomorrow: the checks' deadline (two working days before) is near or past
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        String extra = given().auth().oauth2(CHAIR).contentType(ContentType.JSON)
                .body(Map.of("date", tomorrow, "time", "09:00")).when().post("/api/triage/sessions").then()
                .statusCode(201).extract().path("sessionId");
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON).body(Map.of("referralId", referralId)).when()
                .post("/api/triage/sessions/" + extra + "/items").then().statusCode(200);

        try (Connection otherInstance = dataSource.getConnection()) {
            otherInstance.setAutoCommit(false);
            try (var statement = otherInstance.prepareStatement("select pg_advisory_xact_lock(?)")) {
                statement.setLong(1, CheckReminders.LOCK_KEY);
                statement.execute();
            }
            assertEquals(-1, reminders.remindDue(), "the round is skipped while another instance runs it");
            assertEquals(0L, notifications(referralId));
            otherInstance.rollback();
        }

        assertTrue(reminders.remindDue() >= 5);
        assertEquals(5L, notifications(referralId), "one reminder per table partner");
        reminders.remindDue();
        assertEquals(5L, notifications(referralId), "never twice for the same check");

        String police = TestTokens.token("service-account-police-zwb-system", "Politie Zeeland-West-Brabant",
                "markiezaten", "partner-system");
        given().auth().oauth2(police).when().get("/api/triage/notifications").then().statusCode(200).body("referralId",
                hasItem(referralId));
        given().auth().oauth2(TestTokens.token("dh", "Politie Eenheid Den Haag", "haaglanden", "partner-system")).when()
                .get("/api/triage/notifications").then().statusCode(200)
                .body("referralId", org.hamcrest.Matchers.not(hasItem(referralId)));
    }

    private long notifications(String referralId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em
                        .createNativeQuery("select count(*) from triage_notification where referral_id = ?1")
                        .setParameter(1, UUID.fromString(referralId)).getSingleResult()).longValue());
    }
}
