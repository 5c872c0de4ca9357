package nl.zvh.lifecourse.history;

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
 * House drenthe takes over its earlier life-course clients from its previous system (the only test writing clients
 * in drenthe). Proves: a dry run stores nothing; the import keeps each period's own dates, so the 2022 figures count
 * its five inclusions and the cohorts hold the hand-computed numbers; each imported person is audited (CREATE, purpose
 * history-import); the same file twice imports once; one bad row imports nothing and is named {@code rows[n].column};
 * only the functional administrator imports (403 for a coordinator and an analyst, also on the page); the imported
 * open client shows on the coordinator's list and page, marked as taken over and without case manager.
 */
@QuarkusTest
class FunctionalAdminImportsEarlierLifecourseClientsTest {
    static final String HOUSE = "drenthe";
    static final String ORG = "ZVH Drenthe";
    final String admin = TestTokens.token("drenthe-fb", ORG, HOUSE, "functional-admin");
    final String coordinator = TestTokens.token("drenthe-coordinator", ORG, HOUSE, "lifecourse-coordinator");
    final String analyst = TestTokens.token("drenthe-analist", ORG, HOUSE, "analyst");

    @Inject
    AgroalDataSource ds;

    /**
     * By hand. Included in 2021: L-006 (closed 1 January 2022). Included in 2022: L-001..L-005. After one year still in:
     * L-002 (open) and L-003 (closed 15-01-2024, anniversary 15-06-2023); after two and three years: L-002 only. Closure
     * reasons: one each. Open now: L-002. The bsn column is not read.
     */
    static final String YEARS = """
            registratienummer;gestart;gesloten;reden;gemeente;voornaam;tussenvoegsel;achternaam;geboortedatum;bsn
            L-001;2022-01-10;2022-12-20;stabiel;Assen;Anna;;Bakker;1980-01-01;111222333
            L-002;2022-03-01;;;Emmen;Bram;de;Jong;1975-05-05;
            L-003;15-06-2022;2024-01-15;verhuisd;Meppel;Cor;;Visser;1990-02-02;
            L-004;2022-09-09;2023-03-01;Overleden;Hoogeveen;Dirk;van;Dam;1988-08-08;
            L-005;2022-12-31;2023-06-30;anders;Coevorden;Els;;Smit;2001-01-01;
            L-006;2021-12-31;2022-01-01;gedetineerd;Assen;Fien;;Mulder;1969-09-09;
            """;

    @Test
    void earlierClientsCountInTheirOwnYearsOnceAndOnlyForTheFunctionalAdmin() throws Exception {
        post(coordinator, YEARS, true).statusCode(403);
        post(analyst, YEARS, false).statusCode(403);
        given().auth().oauth2(coordinator).when().get("/ui/admin/history").then().statusCode(403);

        // a dry run counts, stores nothing
        post(admin, YEARS, true).statusCode(200).body("kind", equalTo("clients")).body("dryRun", equalTo(true))
                .body("rows", equalTo(6)).body("imported", equalTo(6)).body("alreadyImported", equalTo(0))
                .body("rejected", hasSize(0));
        figures(2022).body("candidates", equalTo(0)).body("inclusions", equalTo(0)).body("active", equalTo(0));

        // the import: each period in its own year
        post(admin, YEARS, false).statusCode(200).body("dryRun", equalTo(false)).body("imported", equalTo(6));
        figures(2022).body("candidates", equalTo(5)).body("inclusions", equalTo(5)).body("active", equalTo(1));
        figures(2021).body("candidates", equalTo(1)).body("inclusions", equalTo(1));
        given().auth().oauth2(analyst).when().get("/api/figures/cohorts").then().statusCode(200)
                .body("cohorts.year", equalTo(List.of(2021, 2022))).body("cohorts[1].entered", equalTo(5))
                .body("cohorts[1].stillInAfter1", equalTo(2)).body("cohorts[1].stillInAfter2", equalTo(1))
                .body("cohorts[1].stillInAfter3", equalTo(1)).body("cohorts[0].stillInAfter1", equalTo(0))
                .body("closureReasons.closed", equalTo(List.of(1, 1, 1, 1, 1)));
        assertEquals(6, importAudits());

        // the same file twice imports once
        post(admin, YEARS, false).statusCode(200).body("imported", equalTo(0)).body("alreadyImported", equalTo(6));
        figures(2022).body("inclusions", equalTo(5));
        assertEquals(6, importAudits());

        // the open client is on the coordinator's list, marked as taken over and without a case manager
        String list = given().auth().oauth2(coordinator).when().get("/ui/clients").then().statusCode(200)
                .body(containsString("Bram de Jong")).extract().asString();
        String id = list.replaceAll("(?s).*<tr data-id=\"([0-9a-f-]{36})\"><td><a[^>]*>Bram de Jong<.*", "$1");
        given().auth().oauth2(coordinator).when().get("/ui/clients/" + id).then().statusCode(200)
                .body(containsString("id=\"imported\"")).body(containsString("nog geen casemanager"));
    }

    @Test
    void oneBadRowImportsNothingAndIsNamedByRowAndColumn() {
        String file = """
                registratienummer;gestart;gesloten;reden;gemeente;voornaam;achternaam;geboortedatum
                F-001;2020-03-01;;;Assen;Kees;Kleine;1980-01-01
                F-002;2020-04-01;2020-03-01;stabiel;Emmen;Lies;Laan;1981-01-01
                F-003;2020-05-01;2020-06-01;;Emmen;Mien;Maas;1982-01-01
                F-004;2020-05-01;2020-06-01;genezen;;Nel;Noord;1983-01-01
                """;
        post(admin, file, true).statusCode(200).body("imported", equalTo(0))
                .body("rejected.field",
                        hasItems("rows[3].gesloten", "rows[4].reden", "rows[5].reden", "rows[5].gemeente"))
                .body("rejected.field", not(hasItems("rows[2].gestart")));
        post(admin, file, false).statusCode(400).body("errors.field", hasItems("rows[3].gesloten", "rows[4].reden"));
        post(admin, """
                registratienummer;gestart;gemeente;voornaam;achternaam;geboortedatum
                F-001;2020-03-01;Assen;Kees;Kleine;1980-01-01
                """, true).statusCode(200).body("imported", equalTo(1)).body("alreadyImported", equalTo(0));
        figures(2020).body("candidates", equalTo(0)).body("inclusions", equalTo(0));
    }

    @Test
    void theFunctionalAdminChecksAFileOnThePageInDutch() {
        given().auth().oauth2(admin).redirects().follow(false).when().get("/ui").then().statusCode(303)
                .header("Location", endsWith("/ui/admin/history"));
        given().auth().oauth2(admin).when().get("/ui/admin/history").then().statusCode(200)
                .body(containsString("id=\"nav-history\"")).body(containsString("Levensloopcliënten overnemen"))
                .body(not(containsString("id=\"nav-clients\"")));
        given().auth().oauth2(admin).when().get("/ui/admin/history/sample.csv").then().statusCode(200)
                .body(containsString("registratienummer;gestart;gesloten;reden;gemeente"));
        String bad = "registratienummer;gestart;gesloten;reden;gemeente;voornaam;achternaam;geboortedatum\n"
                + "P-001;2019-03-01;2019-05-01;;Assen;Piet;Post;1980-01-01\n";
        given().auth().oauth2(admin).multiPart("file", "clienten.csv", bad.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("action", "dry-run").when().post("/ui/admin/history").then().statusCode(200)
                .body(containsString("id=\"rejected\""))
                .body(containsString("Bij een afgesloten cliënt hoort een reden"));
        given().auth().oauth2(admin).multiPart("file", "clienten.csv", bad.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("action", "import").when().post("/ui/admin/history").then().statusCode(422)
                .body(containsString("Niets geïmporteerd"));
    }

    private static ValidatableResponse post(String token, String csv, boolean dryRun) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv).when()
                .post("/api/history/clients" + (dryRun ? "?dryRun=true" : "")).then();
    }

    private ValidatableResponse figures(int year) {
        return given().auth().oauth2(analyst).when().get("/api/figures?year=" + year).then().statusCode(200);
    }

    private long importAudits() throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from audit_log where house = 'drenthe'"
                        + " and resource_type = 'lifecourse-candidate' and action = 'CREATE'"
                        + " and purpose = 'history-import' and roles like '%functional-admin%'")) {
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
