package nl.zvh.triage.tables;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The weekly I28 table on non-acute reports of confused behaviour: the house sets it up, the police's system delivers
 * reports one by one and as the week's CSV (all rows or none, the same file twice adds once), the chair puts them on
 * a meeting and decides; a Wvggz report starts the municipality's exploratory investigation with its 14-day term,
 * which shows as overdue once the term has passed, and the figures count it. An organisation that does not sit at the
 * table sees none of it; a member sees the items but does not decide; a partner's process director sets up nothing.
 */
@QuarkusTest
class I28ReportsBecomeAnOverdueWvggzInvestigationTest {
    static final String HOUSE = "markiezaten";
    static final String POLICE = "Politie Zeeland-West-Brabant";
    static final String STAFF = TestTokens.token("secretaris-i28", "ZVH De Markiezaten", HOUSE, "process-director");
    static final String POLICE_SYSTEM = TestTokens.token("politie-systeem", POLICE, HOUSE, "partner-system");
    static final String POLICE_MEMBER = TestTokens.token("wijkagent-i28", POLICE, HOUSE, "triage-member");
    static final String HOUSING_MEMBER = TestTokens.token("woon-i28", "Woonkwartier", HOUSE, "triage-member");
    static final String ANALYST = TestTokens.token("analist-i28", "Gemeente Roosendaal", HOUSE, "analyst");

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void reportsArriveAreDecidedAndAnInvestigationRunsOverItsTerm() {
        given().auth().oauth2(TestTokens.token("pd-politie", POLICE, HOUSE, "process-director"))
                .contentType(ContentType.JSON).body(Map.of("kind", "I28", "name", "x", "chairOrganisation", POLICE))
                .post("/api/tables").then().statusCode(403);
        as(STAFF).body(Map.of("kind", "I28", "name", "")).post("/api/tables").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("chairOrganisation"));

        String table = as(STAFF)
                .body(Map.of("kind", "I28", "name", "I28 West-Brabant " + UUID.randomUUID(), "chairOrganisation",
                        "ZVH De Markiezaten", "members", List.of(POLICE, "GGD West-Brabant"), "submitters",
                        List.of(POLICE)))
                .post("/api/tables").then().statusCode(201).body("cadence", equalTo("WEEKLY")).extract().path("id");

        String ref = "PL2000-" + UUID.randomUUID().toString().substring(0, 8);
        String reported = as(POLICE_SYSTEM)
                .body(Map.of("externalRef", ref, "municipality", "Roosendaal", "lastName", "Verward", "summary",
                        "Man roept 's nachts op straat, niet acuut"))
                .post("/api/tables/" + table + "/items").then().statusCode(201).body("source", equalTo("API")).extract()
                .path("id");
        as(POLICE_SYSTEM).body(Map.of("externalRef", ref, "municipality", "Roosendaal", "summary", "nogmaals"))
                .post("/api/tables/" + table + "/items").then().statusCode(400)
                .body("errors[0].field", equalTo("externalRef"));
        as(POLICE_SYSTEM).body(Map.of("municipality", "Roosendaal")).post("/api/tables/" + table + "/items").then()
                .statusCode(400).body("errors.field", hasItem("externalRef")).body("errors.field", hasItem("summary"));

        String week = "registratienummer;datum;gemeente;voornaam;achternaam;geboortedatum;samenvatting\n" + ref
                + "-a;01-12-2026;Bergen op Zoom;;;;Vrouw dwaalt verward rond\n" + ref
                + "-b;2026-12-02;Tholen;Piet;\"Jansen; jr\";1970-05-05;Overlast, achterdochtig\n";
        given().auth().oauth2(POLICE_SYSTEM).contentType("text/csv").body(week)
                .post("/api/tables/" + table + "/items/upload").then().statusCode(200).body("added", equalTo(2))
                .body("alreadyPresent", equalTo(0));
        given().auth().oauth2(POLICE_SYSTEM).contentType("text/csv").body(week)
                .post("/api/tables/" + table + "/items/upload").then().statusCode(200).body("added", equalTo(0))
                .body("alreadyPresent", equalTo(2));
        given().auth().oauth2(POLICE_SYSTEM).contentType("text/csv")
                .body(week.replace("-b;", "-c;") + ref + "-d;2026-12-03;Tholen;;;;\n")
                .post("/api/tables/" + table + "/items/upload").then().statusCode(400)
                .body("errors.field", hasItem("rows[4].summary"));
        assertEquals(3, as(POLICE_MEMBER).get("/api/tables/" + table + "/items").then().statusCode(200).extract()
                .jsonPath().getList("id").size(), "the refused file added nothing, not even its good rows");

        as(HOUSING_MEMBER).get("/api/tables/" + table).then().statusCode(404);
        as(HOUSING_MEMBER).get("/api/tables/" + table + "/items").then().statusCode(404);
        as(HOUSING_MEMBER).get("/api/tables").then().statusCode(200).body("id", not(hasItem(table)));
        as(POLICE_MEMBER).get("/api/tables").then().statusCode(200).body("id", hasItem(table));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate held = today.minusDays(20);
        as(POLICE_MEMBER).body(Map.of("date", held.toString())).post("/api/tables/" + table + "/meetings").then()
                .statusCode(403);
        String meeting = as(STAFF).body(Map.of("date", held.toString(), "startsAt", "10:00"))
                .post("/api/tables/" + table + "/meetings").then().statusCode(201).extract().path("id");
        as(STAFF).body(Map.of("itemIds", List.of(reported)))
                .post("/api/tables/" + table + "/meetings/" + meeting + "/agenda").then().statusCode(200)
                .body("agenda.itemId", hasItem(reported));
        as(STAFF).body(Map.of("itemId", reported, "outcome", "TRIP"))
                .post("/api/tables/" + table + "/meetings/" + meeting + "/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        as(POLICE_MEMBER).body(Map.of("itemId", reported, "outcome", "WVGGZ_REPORT"))
                .post("/api/tables/" + table + "/meetings/" + meeting + "/decisions").then().statusCode(403);
        as(STAFF).body(Map.of("itemId", reported, "outcome", "WVGGZ_REPORT"))
                .post("/api/tables/" + table + "/meetings/" + meeting + "/decisions").then().statusCode(200);
        as(STAFF).body(Map.of("itemId", reported, "outcome", "NO_ACTION"))
                .post("/api/tables/" + table + "/meetings/" + meeting + "/decisions").then().statusCode(409);

        JsonPath investigations = as(POLICE_MEMBER).get("/api/tables/" + table + "/investigations").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(held.plusDays(14).toString(), investigations.getString("[0].deadline"));
        assertEquals("Roosendaal", investigations.getString("[0].municipality"));
        assertTrue(investigations.getBoolean("[0].overdue"), "20 days after the report, the 14-day term is over");

        JsonPath figures = as(ANALYST).get("/api/tables/figures?year=" + held.getYear()).then().statusCode(200)
                .body(not(containsString("Verward"))).extract().jsonPath();
        Map<String, Object> i28 = figures.getMap("tables.find { it.kind == 'I28' }");
        assertTrue(((Number) ((Map<?, ?>) i28.get("other")).get("investigationsOverdue")).longValue() >= 1);

        String id = investigations.getString("[0].id");
        as(STAFF).body(Map.of("outcome", "VOLUNTARY_CARE"))
                .post("/api/tables/" + table + "/investigations/" + id + "/conclusion").then().statusCode(200)
                .body("outcome", equalTo("VOLUNTARY_CARE"));
        assertFalse(as(POLICE_MEMBER).get("/api/tables/" + table + "/investigations").then().extract().jsonPath()
                .getBoolean("[0].overdue"), "a concluded investigation is no longer overdue");
        as(STAFF).body(Map.of("attendance", List.of(POLICE, "Woonkwartier"), "minutes", "Besproken"))
                .post("/api/tables/" + table + "/meetings/" + meeting + "/minutes").then().statusCode(400)
                .body("errors[0].field", equalTo("attendance"));
        as(STAFF).body(Map.of("attendance", List.of(POLICE, "ZVH De Markiezaten"), "minutes", "Besproken"))
                .post("/api/tables/" + table + "/meetings/" + meeting + "/minutes").then().statusCode(200)
                .body("held", equalTo(true));
    }
}
