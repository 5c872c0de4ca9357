package nl.zvh.intake.retention;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.zvh.intake.Bsns;
import nl.zvh.intake.TriageSamples;
import nl.zvh.intake.referral.ReferralRequests;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.TestTokens;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * With the clock moved past the term, a referral that ended in advice is anonymised (404, no names/BSN in the
 * database, not found by the privacy officer) and announced with PersonDataErased, while a referral that started an
 * approach stays and the figures (referrals per year, municipality and outcome) do not change.
 */
@QuarkusTest
class ExpiredReferralsAreErasedButStillCountedTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    private final String police = TestTokens.token("agent-retention", POLICE, HOUSE, "referrer");
    private final String admin = TestTokens.token("admin-retention", "ZVH De Markiezaten", HOUSE, "functional-admin");
    private final String officer = TestTokens.token("fg-retention", "ZVH De Markiezaten", HOUSE, "privacy-officer");

    @Test
    void adviceReferralIsErasedAfterTwoYearsWhileFiguresStay() throws Exception {
        String adviceBsn = Bsns.fresh();
        String advice = submit(adviceBsn);
        String approach = submit(Bsns.fresh());
        TriageSamples.send(bootstrap, advice, TriageSamples.sample("TriageDecided-v1-advice.json", advice));
        TriageSamples.send(bootstrap, approach, TriageSamples.sample("TriageDecided-v1.json", approach));
        for (String id : List.of(advice, approach)) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(police).when()
                    .get("/api/referrals/" + id).then().body("status", equalTo("DECIDED")));
        }
        given().auth().oauth2(officer).queryParam("bsn", adviceBsn).when().get("/api/subject").then().statusCode(200)
                .body("records.size()", equalTo(1));
        List<?> before = figures();

        // one day short of two years after the decision (2026-11-26): nothing of these expires
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("asOf", "2028-11-25")).when()
                .post("/api/retention/runs").then().statusCode(200);
        given().auth().oauth2(police).when().get("/api/referrals/" + advice).then().statusCode(200);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("asOf", "2028-11-27")).when()
                .post("/api/retention/runs").then().statusCode(200).body("erased", greaterThanOrEqualTo(1));

        given().auth().oauth2(police).when().get("/api/referrals/" + advice).then().statusCode(404);
        given().auth().oauth2(police).when().get("/api/referrals").then().statusCode(200)
                .body("id", not(hasItem(advice))).body("id", hasItem(approach));
        given().auth().oauth2(police).when().get("/api/referrals/" + approach).then().statusCode(200);
        given().auth().oauth2(officer).queryParam("bsn", adviceBsn).when().get("/api/subject").then().statusCode(200)
                .body("records.size()", equalTo(0));

        Object[] person = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                """
                        select p.first_name, p.last_name, p.bsn, p.address, cast(p.date_of_birth as varchar), p.gender,
                               date_part('year', age(cast(r.submitted_at as date), p.date_of_birth))
                        from referral_person p join referral r on r.id = p.referral_id where p.referral_id = cast(?1 as uuid) and p.role = 'MAIN'""")
                .setParameter(1, advice).getSingleResult());
        assertNull(person[0]);
        assertNull(person[1]);
        assertNull(person[2]);
        assertTrue(!"1984-03-12".equals(person[4]), "the date of birth is gone");
        assertEquals(ReferralRequests.ageOnSubmission(), ((Number) person[6]).intValue(),
                "the age on submission (age band) is kept");
        assertEquals("MALE", person[5]);
        String question = QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("select question from referral where id = cast(?1 as uuid)")
                        .setParameter(1, advice).getSingleResult());
        assertEquals("", question);
        assertEquals(before, figures(), "the figures of 2026 count the anonymised referral as before");

        String event = Kafka.await("zvh.privacy.erasure.intake",
                r -> r.value().contains("\"recordId\":\"" + advice + "\""));
        assertTrue(event.contains("\"type\":\"PersonDataErased\""), event);
        assertTrue(event.contains("\"source\":\"intake-service\""), event);
        assertTrue(!event.contains(adviceBsn) && !event.contains("Berg"), "no BSN or name in the event: " + event);
    }

    @Test
    void onlyTheFunctionalAdministratorMayRunTheRound() {
        given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of()).when().post("/api/retention/runs")
                .then().statusCode(403);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of()).when().post("/api/retention/runs")
                .then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private List<?> figures() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select extract(year from submitted_at), municipality, outcome, count(*),
                       sum(case when p.gender = 'MALE' then 1 else 0 end)
                from referral r join referral_person p on p.referral_id = r.id and p.role = 'MAIN'
                where r.status <> 'DRAFT' group by 1, 2, 3 order by 1, 2, 3""").getResultList().stream()
                .map(row -> java.util.Arrays.asList((Object[]) row)).toList());
    }

    private String submit(String bsn) {
        Map<String, Object> body = ReferralRequests.valid();
        ReferralRequests.mainPerson(body).put("bsn", bsn);
        return given().auth().oauth2(police).contentType(ContentType.JSON).body(body).when().post("/api/referrals")
                .then().statusCode(201).extract().path("id");
    }
}
