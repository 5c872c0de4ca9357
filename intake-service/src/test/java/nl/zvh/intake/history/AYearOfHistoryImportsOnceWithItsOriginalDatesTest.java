package nl.zvh.intake.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * History import (issue 25): a year (2021) of Drenthe's referrals from its previous system, written for this test:
 * Q1 two (an approach in CoVeCa, an advice), Q2 one (no action), Q3 none, Q4 three (an approach in the life-course
 * programme, one withdrawn, one submitted on 31 December and decided in 2022, so untriaged at the year's end as the
 * figures reconcile). The dry run reports what it would do and stores nothing; the import makes the year's intake
 * figures show exactly that inflow per quarter and those outcomes; the same file again imports nothing; a file with one bad row
 * (a municipality of another house) imports nothing and names the row; only the functional administrator may import.
 */
@QuarkusTest
class AYearOfHistoryImportsOnceWithItsOriginalDatesTest {
    static final String HOUSE = "drenthe";
    static final String ADMIN = TestTokens.token("beheerder-drenthe", "ZVH Drenthe", HOUSE, "functional-admin");
    static final String ANALYST = TestTokens.token("analist-drenthe", "Gemeente Assen", HOUSE, "analyst");
    static final String HEADER = "registratienummer;ingediend;gemeente;melder;domein;probleemgebieden;voornaam;"
            + "tussenvoegsel;achternaam;geboortedatum;bsn;uitkomst;besluitdatum;programma";

    @Inject
    EntityManager em;

    @Test
    void theYearAppearsInItsOwnQuartersOnceAndABadFileImportsNothing() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String csv = String.join("\n", HEADER, row(run, 1, "14-01-2021", "Assen", "aanpak", "2021-01-21", "coveca"),
                row(run, 2, "2021-03-31", "Emmen", "advies", "2021-04-08", ""),
                row(run, 3, "2021-05-03", "Assen", "geen actie", "2021-05-10", ""),
                row(run, 4, "2021-10-01", "Hoogeveen", "aanpak", "2021-10-07", "levensloop"),
                row(run, 5, "2021-12-02", "Assen", "ingetrokken", "2021-12-03", ""),
                row(run, 6, "31-12-2021", "Emmen", "aanpak", "2022-01-06", "coveca"));
        assertEquals(0L, figures().getLong("referrals"), "Drenthe had no 2021 in the platform before");

        given().auth().oauth2(ADMIN).contentType("text/csv").body(csv).post("/api/history/referrals?dryRun=true").then()
                .statusCode(200).body("rows", equalTo(6)).body("imported", equalTo(6))
                .body("alreadyImported", equalTo(0)).body("rejected.size()", equalTo(0));
        assertEquals(0L, figures().getLong("referrals"), "a dry run stores nothing");

        given().auth().oauth2(ADMIN).contentType("text/csv").body(csv).post("/api/history/referrals").then()
                .statusCode(200).body("imported", equalTo(6)).body("alreadyImported", equalTo(0));
        JsonPath year = figures();
        assertEquals(6L, year.getLong("referrals"));
        assertEquals(List.of(2, 1, 0, 3), year.getList("perQuarter.referrals"));
        assertEquals(List.of(1, 0, 0, 1), year.getList("perQuarter.approaches"));
        assertEquals(List.of(0, 0, 0, 1), year.getList("perQuarter.untriaged"), "31 December's, decided in 2022");
        assertEquals(2L, year.getLong("outcomes.approaches"));
        assertEquals(1L, year.getLong("outcomes.untriaged"));
        assertEquals(1L, year.getLong("outcomes.advices"));
        assertEquals(1L, year.getLong("outcomes.noAction"));
        assertEquals(1L, year.getLong("outcomes.withdrawn"));
        assertEquals(1, year.getInt("approachesByProgramme.COVECA"));
        assertEquals(1, year.getInt("approachesByProgramme.LIFECOURSE"));
        assertEquals(6L,
                count("select count(*) from outbox_message where event_type = 'ReferralImported' and envelope like ?1",
                        "%" + run + "%"),
                "each imported referral published ReferralImported v1");
        assertEquals(6L, count("select count(*) from audit_log where purpose = 'history-import' and user_name = ?1",
                "beheerder-drenthe"), "each imported person audited");

        given().auth().oauth2(ADMIN).contentType("text/csv").body(csv).post("/api/history/referrals").then()
                .statusCode(200).body("imported", equalTo(0)).body("alreadyImported", equalTo(6));
        assertEquals(6L, figures().getLong("referrals"), "the same file twice imports once");

        String bad = String.join("\n", HEADER, row(run, 7, "2021-06-01", "Assen", "advies", "2021-06-08", ""),
                row(run, 8, "2021-06-02", "Roosendaal", "advies", "2021-06-09", ""),
                row(run, 9, "2021-06-03", "Assen", "aanpak", "2021-06-10", ""));
        given().auth().oauth2(ADMIN).contentType("text/csv").body(bad).post("/api/history/referrals?dryRun=true").then()
                .statusCode(200).body("imported", equalTo(0))
                .body("rejected.field", equalTo(List.of("rows[3].gemeente", "rows[4].programma"))).extract();
        given().auth().oauth2(ADMIN).contentType("text/csv").body(bad).post("/api/history/referrals").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("rows[3].gemeente"));
        assertEquals(6L, figures().getLong("referrals"), "a file with a bad row imports nothing");

        given().auth().oauth2(ANALYST).contentType("text/csv").body(csv).post("/api/history/referrals").then()
                .statusCode(403);
    }

    private static String row(String run, int n, String submitted, String municipality, String outcome, String decided,
            String programme) {
        return String.join(";", "DR-" + run + "-" + n, submitted, municipality, "Politie Drenthe", "straf",
                "HOUSING_NUISANCE|DEBTS", "Geschiedenis", "", "Persoon" + n, "1980-01-0" + n, "", outcome, decided,
                programme);
    }

    private static JsonPath figures() {
        return given().auth().oauth2(ANALYST).get("/api/figures?year=2021").then().statusCode(200).extract().jsonPath();
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(
                () -> ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }
}
