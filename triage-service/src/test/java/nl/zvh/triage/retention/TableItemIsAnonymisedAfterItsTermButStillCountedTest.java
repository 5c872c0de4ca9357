package nl.zvh.triage.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Retention of the house's other tables: with the clock at today, an I28 report decided in 2019 (term 2 years) is
 * anonymised — names, date of birth, report number, summary, agreements (also in its decision) and the meeting's
 * minutes gone, 404 on the API, off the table's list — while kind, municipality, dates and outcome stay, so the 2019
 * figures of {@code /api/tables/figures} are exactly as before and still count it. An I28 report decided today, and a
 * prolific offender decided three years ago (term 5 years), are untouched.
 */
@QuarkusTest
class TableItemIsAnonymisedAfterItsTermButStillCountedTest {
    static final String HOUSE = "zeeland";
    static final String STAFF = TestTokens.token("secretaris-retentie", "ZVH Zeeland", HOUSE, "process-director");
    static final String ANALYST = TestTokens.token("analist-retentie", "Gemeente Vlissingen", HOUSE, "analyst");
    static final String ADMIN = TestTokens.token("fb-retentie", "ZVH Zeeland", HOUSE, "functional-admin");

    @Inject
    EntityManager em;

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void anExpiredItemIsAnonymisedButCountedALiveOneStays() {
        String n = Long.toString(System.nanoTime());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String i28 = table("I28", "I28 Walcheren " + n);
        String expired = as(STAFF)
                .body(Map.of("externalRef", "PL2000-" + n, "receivedOn", "2019-02-01", "firstName", "Anna", "lastName",
                        "Verlopen" + n, "birthDate", "1980-05-06", "municipality", "Vlissingen", "summary",
                        "Anna Verlopen" + n + " verward op straat"))
                .post("/api/tables/" + i28 + "/items").then().statusCode(201).extract().path("id");
        String live = as(STAFF)
                .body(Map.of("externalRef", "PL2001-" + n, "receivedOn", "2019-02-02", "firstName", "Bart", "lastName",
                        "Actueel" + n, "birthDate", "1981-05-06", "municipality", "Vlissingen", "summary", "Melding"))
                .post("/api/tables/" + i28 + "/items").then().statusCode(201).extract().path("id");
        String old = meeting(i28, LocalDate.of(2019, 3, 7), expired);
        as(STAFF)
                .body(Map.of("itemId", expired, "outcome", "ADVICE_TO_PARTNER", "agreements",
                        "GGD belt Anna Verlopen" + n))
                .post("/api/tables/" + i28 + "/meetings/" + old + "/decisions").then().statusCode(200);
        as(STAFF).body(Map.of("attendance", List.of("ZVH Zeeland"), "minutes", "Anna Verlopen" + n + " besproken"))
                .post("/api/tables/" + i28 + "/meetings/" + old + "/minutes").then().statusCode(200);
        String recent = meeting(i28, today, live);
        as(STAFF).body(Map.of("itemId", live, "outcome", "NO_ACTION"))
                .post("/api/tables/" + i28 + "/meetings/" + recent + "/decisions").then().statusCode(200);

        String prolific = table("PROLIFIC_OFFENDERS", "Veelplegers Zeeland " + n);
        String offender = as(STAFF)
                .body(Map.of("receivedOn", today.minusYears(3).minusDays(30).toString(), "firstName", "Cor", "lastName",
                        "Veelpleger" + n, "birthDate", "1990-01-01", "municipality", "Middelburg", "category",
                        "PROLIFIC"))
                .post("/api/tables/" + prolific + "/items").then().statusCode(201).extract().path("id");
        String threeYears = meeting(prolific, today.minusYears(3), offender);
        as(STAFF).body(Map.of("itemId", offender, "outcome", "MONITORING_CONTINUED"))
                .post("/api/tables/" + prolific + "/meetings/" + threeYears + "/decisions").then().statusCode(200);

        String before = figures(2019);
        assertTrue(received(before) >= 2, before);

        as(ADMIN).body(Map.of("asOf", today.plusDays(1).toString())).post("/api/retention/runs").then().statusCode(200)
                .body("erased", greaterThanOrEqualTo(1));

        as(STAFF).get("/api/tables/" + i28 + "/items/" + expired).then().statusCode(404);
        as(STAFF).get("/api/tables/" + i28 + "/items").then().statusCode(200).body("size()", equalTo(1))
                .body("[0].lastName", equalTo("Actueel" + n));
        as(STAFF).get("/api/tables/" + prolific + "/items/" + offender).then().statusCode(200).body("lastName",
                equalTo("Veelpleger" + n));
        assertEquals(before, figures(2019), "the 2019 figures still count the anonymised report");

        Object[] item = row("""
                select first_name, last_name, birth_date, external_ref, summary, agreements, erased_at, kind,
                       municipality, cast(received_on as varchar), cast(decided_on as varchar), last_outcome
                from table_item where id = cast(?1 as uuid)""", expired);
        for (int i = 0; i < 6; i++) {
            assertNull(item[i], "personal field " + i + " blanked");
        }
        assertNotNull(item[6], "erased_at set");
        assertEquals(List.of("I28", "Vlissingen", "2019-02-01", "2019-03-07", "ADVICE_TO_PARTNER"),
                List.of(item[7], item[8], item[9], item[10], item[11]));
        assertNull(row("select agreements from table_agenda_item where item_id = cast(?1 as uuid)", expired)[0]);
        assertNull(row("select minutes from table_meeting where id = cast(?1 as uuid)", old)[0]);
        assertNull(row("select erased_at from table_item where id = cast(?1 as uuid)", live)[0]);
        assertNull(row("select erased_at from table_item where id = cast(?1 as uuid)", offender)[0]);
    }

    private Object[] row(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object r = em.createNativeQuery(sql).setParameter(1, id).getSingleResult();
            return r instanceof Object[] a ? a : new Object[]{r};
        });
    }

    private static int received(String figures) {
        return io.restassured.path.json.JsonPath.from(figures).getInt("tables.find { it.kind == 'I28' }.received");
    }

    private static String figures(int year) {
        return as(ANALYST).queryParam("year", year).get("/api/tables/figures").then().statusCode(200).extract()
                .asString();
    }

    private static String table(String kind, String name) {
        return as(STAFF)
                .body(Map.of("kind", kind, "name", name, "chairOrganisation", "ZVH Zeeland", "members",
                        List.of("Politie Zeeland-West-Brabant")))
                .post("/api/tables").then().statusCode(201).extract().path("id");
    }

    private static String meeting(String table, LocalDate date, String item) {
        String id = as(STAFF).body(Map.of("date", date.toString())).post("/api/tables/" + table + "/meetings").then()
                .statusCode(201).extract().path("id");
        as(STAFF).body(Map.of("itemIds", List.of(item))).post("/api/tables/" + table + "/meetings/" + id + "/agenda")
                .then().statusCode(200);
        return id;
    }
}
