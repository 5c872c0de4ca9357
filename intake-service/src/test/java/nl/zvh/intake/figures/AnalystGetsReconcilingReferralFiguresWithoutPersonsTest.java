package nl.zvh.intake.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Referral figures of a house's year, computed on the real PostgreSQL from registered referrals: outcomes reconcile
 * with the number of referrals, shares add up to 100 %, the quarter and municipality are decided by the submission
 * moment in Dutch time, the reference date decides what is still untriaged, and no person leaves the service. A
 * national analyst (no house) reads exactly these figures by naming the house, must name a known one, and still gets
 * no person; a house analyst who names another house is refused.
 */
@QuarkusTest
class AnalystGetsReconcilingReferralFiguresWithoutPersonsTest {
    static final String HOUSE = "zeeland";
    static final String ANALYST = TestTokens.token("analist", "Gemeente Goes", HOUSE, "analyst");

    @Inject
    EntityManager em;

    @BeforeEach
    void registrations() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from referral where house = 'zeeland' and submitted_at < '2020-06-01'")
                    .executeUpdate();
            // Q1: two approaches (COVECA, TRAFFICKING), one advice; Q2: one no-action, one withdrawn;
            // Q4: one decided only in 2020 (untriaged at the end of 2019), one untriaged; first second of 2019 in NL
            insert("Goes", "JUSTICE", "Politie Zeeland-West-Brabant", "2018-12-31T23:30:00Z", "2019-01-10T10:00Z",
                    "APPROACH_STARTED", "COVECA", null);
            insert("Goes", "CARE", "GGZ Westelijk Noord-Brabant", "2019-02-01T09:00:00Z", "2019-02-07T10:00Z",
                    "APPROACH_STARTED", "TRAFFICKING", null);
            insert("Sluis", "CARE", "GGZ Westelijk Noord-Brabant", "2019-03-01T09:00:00Z", "2019-03-07T10:00Z",
                    "ADVICE", null, null);
            insert("Sluis", "HOUSING", "Woonkwartier", "2019-04-01T09:00:00Z", "2019-04-04T10:00Z", "NO_ACTION", null,
                    null);
            insert("Goes", null, "Buurtzorg", "2019-05-01T09:00:00Z", null, null, null, "2019-05-02T10:00Z");
            insert("Goes", "YOUTH", "Jeugdbescherming", "2019-12-20T09:00:00Z", "2020-01-09T10:00Z", "ADVICE", null,
                    null);
            insert("Sluis", "JUSTICE", "Politie Zeeland-West-Brabant", "2019-12-31T22:59:59Z", null, null, null, null);
            // outside the year (2020 in Dutch time) and another house: never counted
            insert("Goes", "JUSTICE", "Politie Zeeland-West-Brabant", "2019-12-31T23:00:00Z", null, null, null, null);
        });
    }

    @Test
    void outcomesReconcileAndSharesAddUpToHundred() {
        JsonPath f = figures("?year=2019");
        assertEquals(7, f.getLong("referrals"));
        assertEquals("2019-12-31", f.getString("on"));
        assertEquals(2, f.getLong("outcomes.approaches"));
        assertEquals(1, f.getLong("outcomes.advices"));
        assertEquals(1, f.getLong("outcomes.noAction"));
        assertEquals(1, f.getLong("outcomes.withdrawn"));
        assertEquals(2, f.getLong("outcomes.untriaged"));
        assertEquals(f.getLong("referrals"), f.getLong("outcomes.approaches") + f.getLong("outcomes.advices")
                + f.getLong("outcomes.noAction") + f.getLong("outcomes.withdrawn") + f.getLong("outcomes.untriaged"));
        assertEquals(1, f.getLong("approachesByProgramme.COVECA"));
        assertEquals(1, f.getLong("approachesByProgramme.TRAFFICKING"));
        assertEquals(List.of(3, 2, 0, 2), f.getList("perQuarter.referrals"));
        assertEquals(List.of(4, 3), f.getList("perMunicipality.referrals"));
        assertEquals(List.of("Goes", "Sluis"), f.getList("perMunicipality.municipality"));

        assertEquals(List.of(2, 2, 0, 1, 1, 1), f.getList("referrerDomains.referrals"));
        assertEquals(new BigDecimal("100.0"), sum(f, "referrerDomains"));
        assertEquals(new BigDecimal("100.0"), sum(f, "referrerOrganisations"));
        assertEquals(List.of("Buurtzorg", "GGZ Westelijk Noord-Brabant", "Jeugdbescherming",
                "Politie Zeeland-West-Brabant", "Woonkwartier"), f.getList("referrerOrganisations.key"));
        assertEquals(List.of(1, 2, 1, 2, 1), f.getList("referrerOrganisations.referrals"));
        assertEquals(List.of("ADDICTION", "DOMESTIC_VIOLENCE"), f.getList("problemAreas.key"));
        assertEquals(List.of(7, 3), f.getList("problemAreas.referrals"));
    }

    @Test
    void referenceDateAndMunicipalityNarrowTheFigures() {
        JsonPath later = figures("?year=2019&on=2020-02-01");
        assertEquals(1, later.getLong("outcomes.untriaged"));
        assertEquals(2, later.getLong("outcomes.advices"));
        JsonPath sluis = figures("?year=2019&municipality=Sluis");
        assertEquals(3, sluis.getLong("referrals"));
        assertEquals(List.of("Sluis"), sluis.getList("perMunicipality.municipality"));
    }

    @Test
    void noPersonLeavesAndOnlyAnalystsAndChairsGetFigures() {
        given().auth().oauth2(ANALYST).when().get("/api/figures?year=2019").then().statusCode(200)
                .body(not(containsString("Figuurtje"))).body(not(containsString("123456782")))
                .body(not(containsString("1977-07-07")));
        given().auth().oauth2(TestTokens.token("agent", "Politie Zeeland-West-Brabant", HOUSE, "referrer")).when()
                .get("/api/figures?year=2019").then().statusCode(403);
        given().auth().oauth2(ANALYST).when().get("/api/referrals").then().statusCode(403);
        given().auth().oauth2(ANALYST).when().get("/api/figures").then().statusCode(400).body(containsString("year"));
        JsonPath other = given().auth()
                .oauth2(TestTokens.token("analist", "Gemeente Den Haag", "haaglanden", "analyst")).when()
                .get("/api/figures?year=2019").then().statusCode(200).extract().jsonPath();
        assertEquals(0, other.getLong("referrals"));
    }

    @Test
    void aNationalAnalystReadsTheNamedHouseAndAHouseAnalystOnlyItsOwn() {
        String national = TestTokens.token("landelijk-analist", "Landelijk Netwerk Zorg- en Veiligheidshuizen", null,
                "national-analyst");
        String asHouseAnalyst = given().auth().oauth2(ANALYST).when().get("/api/figures?year=2019").then()
                .statusCode(200).extract().asString();
        String asNational = given().auth().oauth2(national).when().get("/api/figures?year=2019&house=zeeland").then()
                .statusCode(200).extract().asString();
        assertEquals(7, JsonPath.from(asNational).getLong("referrals"));
        assertEquals(asHouseAnalyst, asNational);
        assertEquals(0, given().auth().oauth2(national).when().get("/api/figures?year=2019&house=drenthe").then()
                .statusCode(200).extract().jsonPath().getLong("referrals"));
        given().auth().oauth2(national).when().get("/api/figures?year=2019").then().statusCode(400)
                .body("errors[0].field", equalTo("house"));
        given().auth().oauth2(national).when().get("/api/figures?year=2019&house=utrecht").then().statusCode(400)
                .body("errors[0].field", equalTo("house"));
        given().auth().oauth2(national).when().get("/api/referrals").then().statusCode(403);
        given().auth().oauth2(ANALYST).when().get("/api/figures?year=2019&house=haaglanden").then().statusCode(403);
        given().auth().oauth2(ANALYST).when().get("/api/figures?year=2019&house=zeeland").then().statusCode(200)
                .body("referrals", equalTo(7));
    }

    private static BigDecimal sum(JsonPath f, String list) {
        return f.<Object>getList(list + ".percent").stream().map(p -> new BigDecimal(p.toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1);
    }

    private static JsonPath figures(String query) {
        return given().auth().oauth2(ANALYST).when().get("/api/figures" + query).then().statusCode(200).extract()
                .jsonPath();
    }

    private void insert(String municipality, String domain, String organisation, String submitted, String decided,
            String outcome, String programme, String withdrawn) {
        UUID id = UUID.randomUUID();
        String status = withdrawn != null ? "WITHDRAWN" : decided != null ? "DECIDED" : "SUBMITTED";
        em.createNativeQuery("""
                insert into referral (id, house, status, municipality, referrer_user_id, referrer_organisation,
                    referrer_domain, question, urgency, person_informed, created_at, submitted_at, decided_at, outcome,
                    outcome_programme, withdrawn_at)
                values (?1, 'zeeland', ?2, ?3, 'u', ?4, nullif(?5, ''), 'vraag', 'NORMAL', 'INFORMED',
                    cast(?6 as timestamptz), cast(?6 as timestamptz), cast(nullif(?7, '') as timestamptz),
                    nullif(?8, ''), nullif(?9, ''), cast(nullif(?10, '') as timestamptz))""").setParameter(1, id)
                .setParameter(2, status).setParameter(3, municipality).setParameter(4, organisation)
                .setParameter(5, domain == null ? "" : domain).setParameter(6, submitted)
                .setParameter(7, decided == null ? "" : decided).setParameter(8, outcome == null ? "" : outcome)
                .setParameter(9, programme == null ? "" : programme)
                .setParameter(10, withdrawn == null ? "" : withdrawn).executeUpdate();
        em.createNativeQuery("""
                insert into referral_person (id, referral_id, role, first_name, last_name, date_of_birth, bsn, position)
                values (?1, ?2, 'MAIN', 'Piet', 'Figuurtje', date '1977-07-07', '123456782', 0)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, id).executeUpdate();
        em.createNativeQuery("insert into referral_problem_area (referral_id, code) values (?1, 'ADDICTION')")
                .setParameter(1, id).executeUpdate();
        if ("Sluis".equals(municipality)) {
            em.createNativeQuery(
                    "insert into referral_problem_area (referral_id, code) values (?1," + " 'DOMESTIC_VIOLENCE')")
                    .setParameter(1, id).executeUpdate();
        }
    }
}
