package nl.zvh.triage.effect;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import nl.zvh.triage.PublishedEvents;
import nl.zvh.triage.TableMeets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Effect of the approach (issue 25), against hand-computed averages. Three persons had a trafficking approach
 * started in 2025-Q2 (the decision's date set back as a house's history import sets it). The police's system sends
 * nuisance counts: A 2024-Q4 4, 2025-Q1 6 then again 5 (replaces), 2025-Q2 10 (the start quarter: neither side),
 * 2023-Q4 50 (outside the four quarters), 2025-Q3 1, 2025-Q4 0; B 2025-Q1 3, 2026-Q1 2, 2026-Q2 1, 2026-Q3 9 (outside).
 * Veilig Thuis sends domestic-violence counts for C: 2024-Q3 2. Expected: nuisance, 2 persons, before 3
 * person-quarters with 4 + 5 + 3 = 12 reports = 4.00 per person per quarter, after 4 with 1 + 0 + 2 + 1 = 4 = 1.00;
 * domestic violence, 1 person, before 2.00, after nothing reported. A BSN the house has no approach for is answered
 * the same (202) and stored nowhere; the figures name no person. A national analyst reads the same figures by naming
 * the house; a house analyst naming another house is refused.
 */
@QuarkusTest
class ReportsBeforeAndAfterTheApproachMatchHandComputedAveragesTest {
    static final String HOUSE = "markiezaten";
    static final String CHAIR = TestTokens.token("voorzitter-effect", "ZVH De Markiezaten", HOUSE, "triage-chair",
            "triage-member");
    static final String POLICE = TestTokens.token("politie-systeem-effect", "Politie Zeeland-West-Brabant", HOUSE,
            "partner-system");
    static final String VEILIG_THUIS = TestTokens.token("vt-systeem-effect", "Veilig Thuis West-Brabant", HOUSE,
            "partner-system");
    static final String ANALYST = TestTokens.token("analist-effect", "Gemeente Roosendaal", HOUSE, "analyst");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @Test
    void averagesBeforeAndAfterTheStartAreTheHandComputedOnes() throws Exception {
        String a = bsn();
        String b = bsn();
        String c = bsn();
        for (String person : List.of(a, b, c)) {
            approachStartedIn2025Q2(person);
        }
        count(POLICE, a, "NUISANCE_REPORTS", "2024-Q4", 4);
        count(POLICE, a, "NUISANCE_REPORTS", "2025-Q1", 6);
        count(POLICE, a, "NUISANCE_REPORTS", "2025-Q1", 5);
        count(POLICE, a, "NUISANCE_REPORTS", "2025-Q2", 10);
        count(POLICE, a, "NUISANCE_REPORTS", "2023-Q4", 50);
        count(POLICE, a, "NUISANCE_REPORTS", "2025-Q3", 1);
        count(POLICE, a, "NUISANCE_REPORTS", "2025-Q4", 0);
        count(POLICE, b, "NUISANCE_REPORTS", "2025-Q1", 3);
        count(POLICE, b, "NUISANCE_REPORTS", "2026-Q1", 2);
        count(POLICE, b, "NUISANCE_REPORTS", "2026-Q2", 1);
        count(POLICE, b, "NUISANCE_REPORTS", "2026-Q3", 9);
        count(VEILIG_THUIS, c, "DOMESTIC_VIOLENCE_REPORTS", "2024-Q3", 2);
        count(POLICE, bsn(), "NUISANCE_REPORTS", "2025-Q3", 7); // nobody the house has an approach for

        given().auth().oauth2(POLICE).contentType(ContentType.JSON)
                .body(Map.of("bsn", "123", "category", "X", "quarter", "2025-Q5", "count", -1))
                .post("/api/effect/counts").then().statusCode(400).body("errors.field", hasItem("bsn"))
                .body("errors.field", hasItem("category")).body("errors.field", hasItem("quarter"))
                .body("errors.field", hasItem("count"));
        given().auth().oauth2(POLICE).contentType(ContentType.JSON)
                .body(Map.of("bsn", a, "category", "NUISANCE_REPORTS", "quarter", "2099-Q1", "count", 1))
                .post("/api/effect/counts").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("quarter"));
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON)
                .body(Map.of("bsn", a, "category", "NUISANCE_REPORTS", "quarter", "2025-Q1", "count", 1))
                .post("/api/effect/counts").then().statusCode(403);

        JsonPath figures = given().auth().oauth2(ANALYST).get("/api/effect/figures").then().statusCode(200)
                .body(not(containsString(a))).extract().jsonPath();
        Map<String, Object> nuisance = figures
                .getMap("lines.find { it.programme == 'TRAFFICKING' && it.category == 'NUISANCE_REPORTS' }");
        assertEquals(2, ((Number) nuisance.get("persons")).intValue());
        assertEquals(Map.of("personQuarters", 3, "reports", 12, "averagePerPersonPerQuarter", 4.0f),
                nuisance.get("before"));
        assertEquals(Map.of("personQuarters", 4, "reports", 4, "averagePerPersonPerQuarter", 1.0f),
                nuisance.get("after"));
        Map<String, Object> violence = figures
                .getMap("lines.find { it.programme == 'TRAFFICKING' && it.category == 'DOMESTIC_VIOLENCE_REPORTS' }");
        assertEquals(1, ((Number) violence.get("persons")).intValue());
        assertEquals(2.0f,
                ((Number) ((Map<?, ?>) violence.get("before")).get("averagePerPersonPerQuarter")).floatValue());
        assertNull(((Map<?, ?>) violence.get("after")).get("averagePerPersonPerQuarter"));
        assertEquals(11L, storedCounts(), "every count of A, B and C kept once (A's 2025-Q1 replaced), none else");

        // a national analyst (no house) reads the same lines by naming the house; a house analyst only its own
        String national = TestTokens.token("landelijk-analist", "Landelijk Netwerk Zorg- en Veiligheidshuizen", null,
                "national-analyst");
        assertEquals(figures.prettify(), given().auth().oauth2(national).get("/api/effect/figures?house=" + HOUSE)
                .then().statusCode(200).body(not(containsString(a))).extract().jsonPath().prettify());
        given().auth().oauth2(national).get("/api/effect/figures").then().statusCode(400).body("errors[0].field",
                org.hamcrest.Matchers.equalTo("house"));
        given().auth().oauth2(national).contentType(ContentType.JSON)
                .body(Map.of("bsn", a, "category", "NUISANCE_REPORTS", "quarter", "2025-Q1", "count", 1))
                .post("/api/effect/counts").then().statusCode(403);
        given().auth().oauth2(ANALYST).get("/api/effect/figures?house=haaglanden").then().statusCode(403);
    }

    private void approachStartedIn2025Q2(String bsn) throws Exception {
        String referralId = UUID.randomUUID().toString();
        IntakeSamples.send(bootstrap, referralId,
                IntakeSamples.submitted(referralId, Instant.now()).replace("\"111222333\"", "\"" + bsn + "\""));
        PublishedEvents.await(bootstrap, "zvh.triage.decision", 1,
                PublishedEvents.ofType("ReferralScheduled", referralId));
        TableMeets.now(CHAIR, referralId);
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON)
                .body(Map.of("outcome", "APPROACH_STARTED", "programme", "TRAFFICKING", "rationale",
                        "Signalen van uitbuiting", "membersPresent", List.of("OM")))
                .post("/api/triage/referrals/" + referralId + "/decision").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update triage_decision set decided_at = timestamptz '2025-05-15 10:00:00+02' where referral_id = ?1")
                .setParameter(1, UUID.fromString(referralId)).executeUpdate());
    }

    private long storedCounts() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em
                        .createNativeQuery("select count(*) from incident_count where house = 'markiezaten'")
                        .getSingleResult()).longValue());
    }

    private static void count(String token, String bsn, String category, String quarter, int n) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("bsn", bsn, "category", category, "quarter", quarter, "count", n))
                .post("/api/effect/counts").then().statusCode(202);
    }

    /** A random BSN that passes the eleven test. */
    static String bsn() {
        while (true) {
            int[] d = new int[9];
            d[0] = 1 + ThreadLocalRandom.current().nextInt(9);
            for (int i = 1; i < 8; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(10);
            }
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last < 10) {
                d[8] = last;
                StringBuilder s = new StringBuilder();
                for (int x : d) {
                    s.append(x);
                }
                return s.toString();
            }
        }
    }
}
