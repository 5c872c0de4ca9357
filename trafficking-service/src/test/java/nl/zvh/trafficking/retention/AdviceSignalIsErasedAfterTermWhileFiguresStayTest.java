package nl.zvh.trafficking.retention;

import static nl.zvh.trafficking.Actors.ANALYST;
import static nl.zvh.trafficking.Actors.COORDINATOR;
import static nl.zvh.trafficking.Actors.get;
import static nl.zvh.trafficking.Actors.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.trafficking.Actors;
import nl.zvh.trafficking.TestInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * A signal that ended in advice is, two years later (clock moved forward), anonymised: 404, no name/BSN/perspective
 * in the database, not in the privacy officer's export, announced with PersonDataErased; the figures stay the same.
 */
@QuarkusTest
class AdviceSignalIsErasedAfterTermWhileFiguresStayTest {
    static final String BSN = "232262536";
    final String admin = TestTokens.token("ret-admin", "ZVH De Markiezaten", TestInfrastructure.HOUSE,
            "functional-admin");
    final String officer = TestTokens.token("ret-fg", "ZVH De Markiezaten", TestInfrastructure.HOUSE,
            "privacy-officer");

    @Inject
    EntityManager em;

    @Test
    void adviceSignalGoesFiguresStay() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> signal = Actors.signal();
        Actors.victim(signal).put("bsn", BSN);
        Actors.victim(signal).put("lastName", "Retentia");
        String id = Actors.registered(signal);
        post(COORDINATOR, "/api/signals/" + id + "/outcome",
                Map.of("outcome", "ADVICE", "advice", "Gemeente volgt op met het wijkteam")).statusCode(200);

        get(officer, "/api/subject?bsn=" + BSN).statusCode(200).body("records.size()", equalTo(1))
                .body("records[0].lastName", equalTo("Retentia"))
                .body("records[0].advice", equalTo("Gemeente volgt op met het wijkteam"))
                .body(not(containsString("Verbeek")));
        String figures = get(ANALYST, "/api/figures?year=" + today.getYear()).statusCode(200).extract().asString();

        post(admin, "/api/retention/runs", Map.of("asOf", today.plusYears(2).toString())).statusCode(200);
        get(COORDINATOR, "/api/signals/" + id).statusCode(200);
        post(admin, "/api/retention/runs", Map.of("asOf", today.plusYears(2).plusDays(2).toString())).statusCode(200)
                .body("erased", greaterThanOrEqualTo(1));

        get(COORDINATOR, "/api/signals/" + id).statusCode(404);
        get(officer, "/api/subject?bsn=" + BSN).statusCode(200).body("records.size()", equalTo(0));
        assertEquals(figures, get(ANALYST, "/api/figures?year=" + today.getYear()).statusCode(200).extract().asString(),
                "figures unchanged");
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select p.last_name, p.bsn, s.victim_perspective, s.municipality from signal_person p
                join signal s on s.id = p.signal_id where s.id = cast(?1 as uuid) and p.role = 'PRESUMED_VICTIM'""")
                .setParameter(1, id).getSingleResult());
        assertNull(row[0]);
        assertNull(row[1]);
        assertNull(row[2]);
        assertEquals("Roosendaal", row[3]);

        String event = Kafka.await("zvh.privacy.erasure.trafficking", r -> id.equals(r.key()));
        assertTrue(event.contains("\"recordType\":\"trafficking-signal\""), event);
        assertTrue(!event.contains(BSN) && !event.contains("Retentia"), event);
    }
}
