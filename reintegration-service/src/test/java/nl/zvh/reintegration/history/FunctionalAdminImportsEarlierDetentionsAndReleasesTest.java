package nl.zvh.reintegration.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * House drenthe takes over its earlier DJI detentions and releases (the only test writing tracks in drenthe). Proves:
 * a dry run stores nothing; the import keeps each detention's own dates, so the figures count detentions and releases
 * in their own years; released detentions are closed (nobody's work today), a running one stays open; no DJI
 * notification is stored and no event is put in the outbox; each imported person is audited (CREATE, purpose
 * history-import); the same file twice imports once; one bad row imports nothing and is named
 * {@code rows[n].column}; only the functional administrator imports (403 for a coordinator and an analyst).
 */
@QuarkusTest
class FunctionalAdminImportsEarlierDetentionsAndReleasesTest {
    static final String HOUSE = "drenthe";
    static final String ORG = "ZVH Drenthe";
    final String admin = TestTokens.token("drenthe-fb", ORG, HOUSE, "functional-admin");
    final String coordinator = TestTokens.token("drenthe-coordinator", "Politie Noord-Nederland", HOUSE,
            "reintegration-coordinator");
    final String analyst = TestTokens.token("drenthe-analist", ORG, HOUSE, "analyst");

    @Inject
    AgroalDataSource ds;

    /**
     * By hand. 2021: Emmen 1 detention (H-002). 2022: Assen 2 detentions (H-001, H-004) and 1 release (H-001); Emmen 1
     * release (H-002); Meppel 1 detention (H-003, still detained). 2023: Assen 1 release (H-004).
     */
    static final String YEARS = """
            registratienummer;gedetineerd;inrichting;verwachte_vrijlating;vrijgelaten;gemeente;voornaam;tussenvoegsel;achternaam;geboortedatum;bsn;dji_nummer
            H-001;2022-03-10;PI Veenhuizen;2022-09-01;2022-09-01;Assen;Anna;;Bakker;1980-01-01;111222333;DJI-1
            H-002;01-11-2021;PI Leeuwarden;;2022-02-01;emmen;Bram;de;Jong;1975-05-05;;
            H-003;2022-06-15;PI Veenhuizen;2099-01-01;;Meppel;Cor;;Visser;1990-02-02;;DJI-3
            H-004;2022-12-31;PI Zwolle;;02-01-2023;Assen;Dirk;van;Dam;1988-08-08;;
            """;

    @Test
    void earlierDetentionsCountInTheirOwnYearsOnceWithoutTodaysWork() throws Exception {
        post(coordinator, YEARS, true).statusCode(403);
        post(analyst, YEARS, false).statusCode(403);
        given().auth().oauth2(coordinator).when().get("/ui/admin/history").then().statusCode(403);
        long outboxBefore = count("select count(*) from outbox_message");

        post(admin, YEARS, true).statusCode(200).body("kind", equalTo("detentions")).body("dryRun", equalTo(true))
                .body("rows", equalTo(4)).body("imported", equalTo(4)).body("alreadyImported", equalTo(0))
                .body("rejected", hasSize(0));
        figures(2022).body("", hasSize(0));

        post(admin, YEARS, false).statusCode(200).body("dryRun", equalTo(false)).body("imported", equalTo(4));
        figures(2021).body("municipality", equalTo(List.of("Emmen"))).body("detentions", equalTo(List.of(1)))
                .body("releases", equalTo(List.of(0)));
        figures(2022).body("municipality", equalTo(List.of("Assen", "Emmen", "Meppel")))
                .body("detentions", equalTo(List.of(2, 0, 1))).body("releases", equalTo(List.of(1, 1, 0)))
                .body("releasedWithAllConditionsArranged", equalTo(List.of(0, 0, 0)));
        figures(2023).body("municipality", equalTo(List.of("Assen"))).body("detentions", equalTo(List.of(0)))
                .body("releases", equalTo(List.of(1)));

        // released ones closed at their release date, the running one open; no notification, no event
        assertEquals(4, count("select count(*) from track where house = 'drenthe' and source = 'IMPORTED'"));
        assertEquals(1, count("select count(*) from track where house = 'drenthe' and closed_on is null"
                + " and dji_detention_id = 'H-003' and actual_release_date is null"));
        assertEquals(1, count("select count(*) from track where dji_detention_id = 'H-004'"
                + " and closed_on = date '2023-01-02' and actual_release_date = date '2023-01-02'"));
        assertEquals(0, count("select count(*) from dji_notification where dji_detention_id like 'H-00%'"));
        assertEquals(outboxBefore, count("select count(*) from outbox_message"));
        assertEquals(4, importAudits());

        // the same file twice imports once
        post(admin, YEARS, false).statusCode(200).body("imported", equalTo(0)).body("alreadyImported", equalTo(4));
        figures(2022).body("detentions", equalTo(List.of(2, 0, 1)));
        assertEquals(4, importAudits());
    }

    @Test
    void oneBadRowImportsNothingAndIsNamedByRowAndColumn() throws Exception {
        String file = """
                registratienummer;gedetineerd;inrichting;vrijgelaten;gemeente;voornaam;achternaam;geboortedatum
                F-001;2019-03-01;PI Veenhuizen;;Assen;Kees;Kleine;1980-01-01
                F-002;2019-04-01;PI Veenhuizen;2019-03-01;Rotterdam;Lies;Laan;1981-01-01
                F-003;2019-05-01;;2019-06-01;Emmen;Mien;Maas;2019-06-01
                """;
        post(admin, file, true)
                .statusCode(200).body("imported", equalTo(0)).body("rejected.field", hasItems("rows[3].vrijgelaten",
                        "rows[3].gemeente", "rows[4].inrichting", "rows[4].geboortedatum"))
                .body("rejected.field", not(hasItems("rows[2].gemeente")));
        post(admin, file, false).statusCode(400).body("errors.field",
                hasItems("rows[3].vrijgelaten", "rows[3].gemeente", "rows[4].inrichting"));
        assertEquals(0, count("select count(*) from track where dji_detention_id like 'F-00%'"));
        figures(2019).body("", hasSize(0));
    }

    @Test
    void theFunctionalAdminFindsThePageAndReadsTheReasonInDutch() {
        given().auth().oauth2(admin).redirects().follow(false).when().get("/ui").then().statusCode(303)
                .header("Location", endsWith("/ui/admin/history"));
        given().auth().oauth2(admin).when().get("/ui/admin/history").then().statusCode(200)
                .body(containsString("id=\"nav-history\"")).body(containsString("DJI-detenties en vrijlatingen"));
        given().auth().oauth2(admin).when().get("/ui/admin/history/sample.csv").then().statusCode(200)
                .body(containsString("registratienummer;gedetineerd;inrichting;verwachte_vrijlating;vrijgelaten"));
        String bad = """
                registratienummer;gedetineerd;inrichting;gemeente;voornaam;achternaam;geboortedatum
                P-001;2020-02-30;PI Veenhuizen;Assen;Kees;Kleine;1980-01-01
                """;
        given().auth().oauth2(admin)
                .multiPart("file", "detenties.csv", bad.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("action", "check").when().post("/ui/admin/history").then().statusCode(200)
                .body(containsString("Vul een geldige detentiedatum in"));
    }

    private static ValidatableResponse post(String token, String csv, boolean dryRun) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv).when()
                .post("/api/history/detentions" + (dryRun ? "?dryRun=true" : "")).then();
    }

    private long importAudits() throws Exception {
        return count("select count(*) from audit_log where house = 'drenthe' and resource_type = 'reintegration-track'"
                + " and action = 'CREATE' and purpose = 'history-import' and roles like '%functional-admin%'");
    }

    private long count(String sql) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private ValidatableResponse figures(int year) {
        return given().auth().oauth2(analyst).when().get("/api/figures?year=" + year).then().statusCode(200);
    }
}
