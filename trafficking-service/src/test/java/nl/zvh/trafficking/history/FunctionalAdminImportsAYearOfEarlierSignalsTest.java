package nl.zvh.trafficking.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * House drenthe takes over a year of trafficking signals from its previous system (the only test writing signals in
 * drenthe). Proves: a dry run stores nothing; the import keeps each signal's own date received, so the 2021 figures
 * hold the hand-computed signals, outcomes, sources, primary forms and minors (a signal received on 31-12-2020 counts
 * in 2020); imported signals are not in a partner system's scope, start no approach and are audited per person
 * (CREATE, purpose history-import); the same file twice imports once; one bad row imports nothing and is named
 * {@code rows[n].column}; only the functional administrator imports (403 for a coordinator and an analyst, also on the
 * page); the page checks a file and gives the Dutch reason.
 */
@QuarkusTest
class FunctionalAdminImportsAYearOfEarlierSignalsTest {
    static final String HOUSE = "drenthe";
    static final String ORG = "ZVH Drenthe";
    final String admin = TestTokens.token("drenthe-fb", ORG, HOUSE, "functional-admin");
    final String coordinator = TestTokens.token("drenthe-mh", ORG, HOUSE, "trafficking-coordinator");
    final String analyst = TestTokens.token("drenthe-analist", ORG, HOUSE, "analyst");
    final String partner = TestTokens.token("drenthe-politie", ORG, HOUSE, "partner-system");

    /**
     * 2021 by hand: R-01..R-04 (R-05 was received in 2020). Outcomes: ADVICE R-01, R-04 (decided in 2022); approach
     * R-02; undecided R-03. Sources: police R-01, inspectorate R-02, other (Stichting Fier) R-03, municipality R-04.
     * Primary: LABOUR R-01, R-02 (with CRIMINAL); SEXUAL R-03; OTHER_UNCLEAR R-04. Minors: R-02 (born 2005); adult
     * R-01; unknown.
     */
    static final String YEAR = """
            registratienummer;ontvangen;signaalgever;vorm;uitkomst;afgehandeld;gemeente;voornaam;tussenvoegsel;achternaam;geboortedatum;bsn
            R-01;2021-01-10;politie;arbeid;advies;2021-02-01;Assen;Anna;;Bakker;1990-01-01;111222333
            R-02;15-03-2021;Arbeidsinspectie;arbeid + crimineel;procesregie;2021-04-01;emmen;;;;2005-01-01;
            R-03;2021-06-30;Stichting Fier;seksueel;;;Meppel;Bea;de;Vries;;
            R-04;2021-12-31;gemeente;onduidelijk;Advies;2022-01-05;Assen;;;;;
            R-05;2020-12-31;zorgaanbieder;bedelarij;advies;2021-01-02;Emmen;Cor;;Kok;1980-05-05;
            """;

    @Inject
    AgroalDataSource ds;

    @Test
    void aYearOfSignalsCountsInItsOwnYearOnceAndOnlyForTheFunctionalAdmin() throws Exception {
        post(coordinator, YEAR, true).statusCode(403);
        post(analyst, YEAR, false).statusCode(403);
        given().auth().oauth2(coordinator).when().get("/ui/admin/history").then().statusCode(403);

        post(admin, YEAR, true).statusCode(200).body("kind", equalTo("signals")).body("dryRun", equalTo(true))
                .body("rows", equalTo(5)).body("imported", equalTo(5)).body("alreadyImported", equalTo(0))
                .body("rejected", hasSize(0));
        figures(2021).body("signals", equalTo(0));

        post(admin, YEAR, false).statusCode(200).body("dryRun", equalTo(false)).body("imported", equalTo(5));
        figures(2021).body("signals", equalTo(4)).body(share("outcomes", "ADVICE"), equalTo(2))
                .body(share("outcomes", "COORDINATED_APPROACH"), equalTo(1))
                .body(share("outcomes", "UNDECIDED"), equalTo(1))
                .body(share("sourceOrganisations", "POLICE_AVIM"), equalTo(1))
                .body(share("sourceOrganisations", "LABOUR_INSPECTORATE"), equalTo(1))
                .body(share("sourceOrganisations", "OTHER"), equalTo(1))
                .body(share("sourceOrganisations", "MUNICIPALITY"), equalTo(1))
                .body(type("primaryExploitationTypes", "LABOUR"), equalTo(2))
                .body(type("primaryExploitationTypes", "SEXUAL"), equalTo(1))
                .body(type("exploitationTypes", "CRIMINAL"), equalTo(1)).body("minors.minors", equalTo(1))
                .body("minors.adults", equalTo(1)).body("minors.unknown", equalTo(2));
        figures(2020).body("signals", equalTo(1)).body(share("sourceOrganisations", "CARE_PROVIDER"), equalTo(1));

        // the coordinator sees them, a partner system does not; no approach was started
        given().auth().oauth2(coordinator).when().get("/api/signals?size=200").then().statusCode(200)
                .body("findAll { it.municipality in ['Assen', 'Emmen', 'Meppel'] }", hasSize(5))
                .body("findAll { it.approachId != null }", hasSize(0));
        given().auth().oauth2(partner).when().get("/api/signals").then().statusCode(200).body("$", hasSize(0));
        Assertions.assertEquals(0, count("select count(*) from approach where house = 'drenthe'"));
        Assertions.assertEquals(5, importAudits());

        post(admin, YEAR, false).statusCode(200).body("imported", equalTo(0)).body("alreadyImported", equalTo(5));
        figures(2021).body("signals", equalTo(4));
        Assertions.assertEquals(5, importAudits());
    }

    @Test
    void oneBadRowImportsNothingAndIsNamedByRowAndColumn() {
        String file = """
                registratienummer;ontvangen;signaalgever;vorm;uitkomst;afgehandeld;gemeente
                B-001;2019-03-01;politie;arbeid;;;Assen
                B-002;2019-04-01;politie;slavernij;advies;2019-03-01;Rotterdam
                B-003;2019-05-01;politie;seksueel;;2019-06-01;Emmen
                """;
        post(admin, file, true).statusCode(200).body("imported", equalTo(0))
                .body("rejected.field",
                        hasItems("rows[3].vorm", "rows[3].afgehandeld", "rows[3].gemeente", "rows[4].afgehandeld"))
                .body("rejected.field", not(hasItems("rows[2].gemeente")));
        post(admin, file, false).statusCode(400).body("errors.field", hasItems("rows[3].vorm", "rows[4].afgehandeld"));
        post(admin, """
                registratienummer;ontvangen;signaalgever;vorm;gemeente
                B-001;2019-03-01;politie;arbeid;Assen
                """, true).statusCode(200).body("imported", equalTo(1)).body("alreadyImported", equalTo(0));
        figures(2019).body("signals", equalTo(0));
    }

    @Test
    void theFunctionalAdminChecksAFileOnThePageInDutch() {
        given().auth().oauth2(admin).redirects().follow(false).when().get("/ui").then().statusCode(303)
                .header("Location", endsWith("/ui/admin/history"));
        given().auth().oauth2(admin).when().get("/ui/admin/history").then().statusCode(200)
                .body(containsString("id=\"nav-history\"")).body(containsString("Mensenhandelsignalen overnemen"))
                .body(not(containsString("/ui/shelters")));
        given().auth().oauth2(admin).when().get("/ui/admin/history/sample.csv").then().statusCode(200)
                .body(containsString("registratienummer;ontvangen;signaalgever;vorm"));
        String bad = "registratienummer;ontvangen;signaalgever;vorm;gemeente\nP-001;2018-02-02;politie;slavernij;Assen\n";
        given().auth().oauth2(admin).multiPart("file", "signalen.csv", bad.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("action", "check").when().post("/ui/admin/history").then().statusCode(200)
                .body(containsString("Kies de vorm van uitbuiting"));
    }

    private static String share(String list, String key) {
        return list + ".find { it.key == '" + key + "' }.signals";
    }

    private static String type(String list, String key) {
        return list + ".find { it.type == '" + key + "' }.signals";
    }

    private static ValidatableResponse post(String token, String csv, boolean dryRun) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv).when()
                .post("/api/history/signals" + (dryRun ? "?dryRun=true" : "")).then();
    }

    private ValidatableResponse figures(int year) {
        return given().auth().oauth2(analyst).when().get("/api/figures?year=" + year).then().statusCode(200);
    }

    private long importAudits() throws Exception {
        return count("select count(*) from audit_log where house = 'drenthe' and resource_type = 'trafficking-signal'"
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
}
