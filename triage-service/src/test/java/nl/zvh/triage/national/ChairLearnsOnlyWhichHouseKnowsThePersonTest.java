package nl.zvh.triage.national;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import nl.zvh.triage.PublishedEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * National familiarity check (issue 25). Jan (BSN) and his partner (no BSN, a surname of this test's own) were
 * referred in Haaglanden in March 2026; the same two are referred in De Markiezaten. The Markiezaten chair asks: the
 * answer names Haaglanden and the date it has known each since (Jan on his BSN, the partner on initial, surname and
 * birth date) and nothing of Haaglanden's file; a member of the table, Haaglanden's chair and a referral on no agenda
 * are refused. The index and the answers hold no BSN; both houses' audit logs record the question.
 */
@QuarkusTest
class ChairLearnsOnlyWhichHouseKnowsThePersonTest {
    static final String CHAIR = TestTokens.token("voorzitter-landelijk", "ZVH De Markiezaten", "markiezaten",
            "triage-chair", "triage-member");
    static final String MEMBER = TestTokens.token("lid-landelijk", "Politie Zeeland-West-Brabant", "markiezaten",
            "triage-member");
    static final String HAAGLANDEN_CHAIR = TestTokens.token("voorzitter-haaglanden-landelijk", "ZVH Haaglanden",
            "haaglanden", "triage-chair", "triage-member");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @Test
    void theAnswerNamesTheOtherHouseAndSinceWhenOnly() throws Exception {
        String bsn = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String surname = "Landelijk" + UUID.randomUUID().toString().substring(0, 8);
        String haaglanden = referred("haaglanden", Instant.parse("2026-03-10T09:00:00Z"), bsn, surname,
                "Vraag van Haaglanden over woonoverlast");
        String markiezaten = referred("markiezaten", Instant.now(), bsn, surname, "Vraag uit Roosendaal");
        String lonely = referred("markiezaten", Instant.now(), "2" + bsn.substring(1), "Onbekend" + surname,
                "Iemand die niemand kent");

        JsonPath answer = given().auth().oauth2(CHAIR).post("/api/referrals/" + markiezaten + "/national-checks").then()
                .statusCode(201).body(not(containsString(bsn))).body(not(containsString(haaglanden)))
                .body(not(containsString("woonoverlast"))).extract().jsonPath();
        assertEquals(List.of("haaglanden"), answer.getList("persons[0].knownAt.house"));
        assertEquals("Zorg- en Veiligheidshuis Haaglanden", answer.getString("persons[0].knownAt[0].houseName"));
        assertEquals("2026-03-10", answer.getString("persons[0].knownAt[0].since"));
        assertEquals("BSN", answer.getString("persons[0].knownAt[0].matchedOn"));
        assertEquals("NAME_AND_DATE_OF_BIRTH", answer.getString("persons[1].knownAt[0].matchedOn"));
        assertTrue(answer.getString("persons[0].knownAt[0].contact").contains("zvh-haaglanden"));
        assertEquals("Jan van der Berg", answer.getString("persons[0].name"));

        given().auth().oauth2(CHAIR).get("/api/referrals/" + markiezaten + "/national-checks").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].persons[0].knownAt[0].house", equalTo("haaglanden"));
        given().auth().oauth2(CHAIR).post("/api/referrals/" + lonely + "/national-checks").then().statusCode(201)
                .body("persons[0].knownAt.size()", equalTo(0)).body("persons[1].knownAt.size()", equalTo(0));
        given().auth().oauth2(MEMBER).get("/api/referrals/" + markiezaten + "/national-checks").then().statusCode(403);
        given().auth().oauth2(MEMBER).post("/api/referrals/" + markiezaten + "/national-checks").then().statusCode(403);
        given().auth().oauth2(HAAGLANDEN_CHAIR).get("/api/referrals/" + markiezaten + "/national-checks").then()
                .statusCode(404);

        // a referral on no agenda (taken off it) is not asked about
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("delete from agenda_item where referral_id = ?1")
                        .setParameter(1, UUID.fromString(lonely)).executeUpdate());
        given().auth().oauth2(CHAIR).post("/api/referrals/" + lonely + "/national-checks").then().statusCode(409)
                .contentType("application/problem+json");

        assertEquals(0L, count("select count(*) from national_person_key k where cast(k as text) like ?1", bsn),
                "the index holds no BSN in clear");
        assertEquals(2L,
                count("select count(*) from national_person_key where referral_id = cast(?1 as uuid) and "
                        + "length(bsn_key) = 64", haaglanden)
                        + count("select count(*) from national_person_key where "
                                + "referral_id = cast(?1 as uuid) and bsn_key is null and length(name_key) = 64",
                                haaglanden),
                "both Haaglanden persons indexed by keyed hashes");
        assertEquals(0L, count("select count(*) from national_check_hit h where cast(h as text) like ?1", bsn));
        assertEquals(2L,
                count("select count(*) from audit_log where house = 'haaglanden' and resource_type = "
                        + "'national-person-key' and resource_id = ?1 and user_name = 'voorzitter-landelijk'",
                        haaglanden),
                "Haaglanden's log records which of its persons De Markiezaten's chair asked about");
        assertEquals(2L, count("select count(*) from audit_log a join national_check c on a.resource_id = "
                + "cast(c.check_id as text) where a.house = 'markiezaten' and a.resource_type = 'national-check' "
                + "and a.action = 'CREATE' and c.referral_id = cast(?1 as uuid)", markiezaten),
                "De Markiezaten's log records the question per person");
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql)
                        .setParameter(1, sql.contains("like") ? "%" + parameter + "%" : parameter).getSingleResult())
                        .longValue());
    }

    /** A referral of {@code house} about Jan (this BSN) and his partner (this surname), once on the agenda. */
    private String referred(String house, Instant at, String bsn, String surname, String question) throws Exception {
        String id = UUID.randomUUID().toString();
        String json = IntakeSamples.submitted(id, at).replace("\"111222333\"", "\"" + bsn + "\"")
                .replace("El Amrani", surname).replace("\"markiezaten\"", "\"" + house + "\"")
                .replace("Escalating domestic violence; several partners involved, no one has the lead.", question);
        IntakeSamples.send(bootstrap, id, json);
        PublishedEvents.await(bootstrap, "zvh.triage.decision", 1, PublishedEvents.ofType("ReferralScheduled", id));
        return id;
    }
}
