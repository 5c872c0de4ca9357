package nl.zvh.coveca.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * House drenthe takes over a year of CoVeCa cases from its previous system (the only test writing cases in drenthe).
 * Proves: a dry run stores nothing (the figures stay empty); the import keeps each case's own dates, so the 2024
 * figures hold the hand-computed starts per quarter, the cases active on 1 January (started before it, closed on it
 * or later: 3) and on 31 December (not closed on or before it: 4, a case closed on 31 December not counted) and the
 * closure reasons; each imported person is audited (CREATE, purpose history-import); the same file twice imports
 * once; one bad row (a municipality not of drenthe, an end before the start) imports nothing and is named
 * {@code rows[n].column}; only the functional administrator imports (403 for a process director and an analyst, also
 * on the page).
 */
@QuarkusTest
class FunctionalAdminImportsAYearOfEarlierCasesTest {
    static final String HOUSE = "drenthe";
    static final String ORG = "ZVH Drenthe";
    final String admin = TestTokens.token("drenthe-fb", ORG, HOUSE, "functional-admin");
    final String director = TestTokens.token("drenthe-pd", ORG, HOUSE, "process-director");
    final String analyst = TestTokens.token("drenthe-analist", ORG, HOUSE, "analyst");

    @Inject
    AgroalDataSource ds;

    /**
     * 2024 by hand. Started per quarter: Q1 D-003, D-004; Q2 D-005; Q3 D-006; Q4 D-007, D-010. Active on 1 January
     * 2024: D-001, D-002, D-009 (D-003 starts on it, D-008 closed on 31-12-2023). Active on 31 December 2024: D-002,
     * D-004, D-005, D-010 (D-006 closes on it). Active in Q1: D-001, D-002, D-003, D-004, D-009. Closed in 2024:
     * STABLE D-001, D-003; ADMINISTRATIVE D-006; DECEASED D-007; DETAINED D-009.
     */
    static final String YEAR = """
            registratienummer;gestart;gesloten;reden;gemeente;intensiteit;voornaam;tussenvoegsel;achternaam;geboortedatum;bsn
            D-001;2023-06-01;2024-03-15;stabiel;Assen;maatwerk;Anna;;Bakker;1980-01-01;111222333
            D-002;2023-11-20;;;Emmen;;Bram;de;Jong;1975-05-05;
            D-003;2024-01-01;2024-02-01;Stabiel;assen;pga;Cor;;Visser;1990-02-02;
            D-004;14-02-2024;2025-01-10;verhuisd;Meppel;;Dirk;van;Dam;1988-08-08;
            D-005;2024-05-05;;;Hoogeveen;;Els;;Smit;2001-01-01;
            D-006;2024-08-08;2024-12-31;administratief;Coevorden;;Fien;;Mulder;1969-09-09;
            D-007;2024-10-10;2024-11-11;overleden;Tynaarlo;PGA;Gert;;Bos;1950-03-03;
            D-008;2023-01-01;2023-12-31;stabiel;Assen;;Hans;;Kok;1985-04-04;
            D-009;2023-12-31;2024-01-01;gedetineerd;Emmen;;Ilse;;Vos;1995-06-06;
            D-010;31-12-2024;;;De Wolden;;Joop;;Peters;1970-07-07;
            """;

    @Test
    void aYearOfCasesCountsInItsOwnDatesOnceAndOnlyForTheFunctionalAdmin() throws Exception {
        // only the functional administrator imports
        post(director, YEAR, true).statusCode(403);
        post(analyst, YEAR, false).statusCode(403);
        given().auth().oauth2(director).when().get("/ui/admin/history").then().statusCode(403);

        // a dry run counts, stores nothing
        post(admin, YEAR, true).statusCode(200).body("kind", equalTo("cases")).body("dryRun", equalTo(true))
                .body("rows", equalTo(10)).body("imported", equalTo(10)).body("alreadyImported", equalTo(0))
                .body("rejected", hasSize(0));
        figures(2024).body("activeOnJanuary1", equalTo(0)).body("activeOnDecember31", equalTo(0))
                .body("approachesPerQuarter", hasSize(0));

        // the import
        post(admin, YEAR, false).statusCode(200).body("dryRun", equalTo(false)).body("imported", equalTo(10))
                .body("alreadyImported", equalTo(0));
        figures(2024).body("activeOnJanuary1", equalTo(3)).body("activeOnDecember31", equalTo(4))
                .body("approachesPerQuarter.quarter",
                        equalTo(java.util.List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4")))
                .body("approachesPerQuarter.started", equalTo(java.util.List.of(2, 1, 1, 2)))
                .body("approachesPerQuarter[0].active", equalTo(5)).body("casesStartedPerSource.IMPORTED", equalTo(6))
                .body("closureReasons.STABLE", equalTo(2)).body("closureReasons.ADMINISTRATIVE", equalTo(1))
                .body("closureReasons.DECEASED", equalTo(1)).body("closureReasons.DETAINED", equalTo(1))
                .body("closureReasons.MOVED_OUT_OF_REGION", nullValue());
        // the year before: none open at its start (D-008 starts on 1 January), three at its end = 1 January 2024
        figures(2023).body("activeOnJanuary1", equalTo(0)).body("activeOnDecember31", equalTo(3));
        // all years: no reference days
        given().auth().oauth2(analyst).when().get("/api/figures").then().statusCode(200)
                .body("activeOnJanuary1", nullValue()).body("casesStartedPerSource.IMPORTED", equalTo(10));

        // each imported main person audited once as created by the functional admin for the history import
        org.junit.jupiter.api.Assertions.assertEquals(10, importAudits());

        // the same file twice imports once
        post(admin, YEAR, false).statusCode(200).body("imported", equalTo(0)).body("alreadyImported", equalTo(10));
        figures(2024).body("activeOnJanuary1", equalTo(3)).body("activeOnDecember31", equalTo(4));
        org.junit.jupiter.api.Assertions.assertEquals(10, importAudits());
    }

    @Test
    void oneBadRowImportsNothingAndIsNamedByRowAndColumn() {
        String file = """
                registratienummer;gestart;gesloten;reden;gemeente;voornaam;achternaam;geboortedatum
                F-001;2022-03-01;;;Assen;Kees;Kleine;1980-01-01
                F-002;2022-04-01;2022-03-01;stabiel;Rotterdam;Lies;Laan;1981-01-01
                F-003;2022-05-01;2022-06-01;;Emmen;Mien;Maas;1982-01-01
                """;
        post(admin, file, true).statusCode(200).body("imported", equalTo(0))
                .body("rejected.field", hasItems("rows[3].gesloten", "rows[3].gemeente", "rows[4].reden"))
                .body("rejected.field", not(hasItems("rows[2].gemeente")));
        post(admin, file, false).statusCode(400).body("errors.field",
                hasItems("rows[3].gesloten", "rows[3].gemeente", "rows[4].reden"));
        // nothing of the file was stored: its good row is still new
        post(admin, """
                registratienummer;gestart;gemeente;voornaam;achternaam;geboortedatum
                F-001;2022-03-01;Assen;Kees;Kleine;1980-01-01
                """, true).statusCode(200).body("imported", equalTo(1)).body("alreadyImported", equalTo(0));
        figures(2022).body("casesStartedPerSource.IMPORTED", nullValue()).body("activeOnDecember31", equalTo(0));
    }

    @Test
    void theFunctionalAdminFindsThePageInCovecasMenu() {
        // CoVeCa's tile on the start page leads the functional administrator to the history, not to cases
        given().auth().oauth2(admin).redirects().follow(false).when().get("/ui").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/ui/admin/history"));
        given().auth().oauth2(admin).when().get("/ui/admin/history").then().statusCode(200)
                .body(containsString("id=\"nav-history\"")).body(containsString("Casussen overnemen"))
                .body(not(containsString("id=\"nav-worklist\"")));
        given().auth().oauth2(admin).when().get("/ui/admin/history/sample.csv").then().statusCode(200)
                .body(containsString("registratienummer;gestart;gesloten;reden;gemeente"));
    }

    private static ValidatableResponse post(String token, String csv, boolean dryRun) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv).when()
                .post("/api/history/cases" + (dryRun ? "?dryRun=true" : "")).then();
    }

    private long importAudits() throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from"
                        + " audit_log where house = 'drenthe' and resource_type = 'coveca-case' and action = 'CREATE'"
                        + " and purpose = 'history-import' and roles like '%functional-admin%'")) {
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private ValidatableResponse figures(int year) {
        return given().auth().oauth2(analyst).when().get("/api/figures?year=" + year).then().statusCode(200);
    }
}
