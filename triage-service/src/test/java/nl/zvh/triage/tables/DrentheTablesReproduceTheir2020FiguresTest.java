package nl.zvh.triage.tables;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Drenthe's published 2020 figures, entered through the platform and read back from the figures API: the LPCO
 * decided on 46 youths (TRIP 14, summons 30, case discussion 2) and the prolific offenders' table had 24 persons in
 * Noord, 34 in Zuidwest and 21 in Zuidoost. Everything is entered as the house's staff and the OM would: tables,
 * youths with their parents as co-suspects, the OM's list, monthly meetings and a decision per youth. The youth and
 * the prolific offenders' items are the OM's tables; a second house's analyst sees none of it.
 * A national analyst reads these figures by naming the house; a house analyst cannot name another house.
 */
@QuarkusTest
class DrentheTablesReproduceTheir2020FiguresTest {
    static final String HOUSE = "drenthe";
    static final String OM = "Openbaar Ministerie Noord-Nederland";
    static final String STAFF = TestTokens.token("secretaris-drenthe", "ZVH Drenthe", HOUSE, "process-director");
    static final String OM_CHAIR = TestTokens.token("officier-drenthe", OM, HOUSE, "triage-chair", "triage-member");
    static final String ANALYST = TestTokens.token("analist-drenthe", "Gemeente Assen", HOUSE, "analyst");

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void theLpcoTableCountsItsYouthsPerSettlement() {
        String table = table("LPCO", "LPCO Drenthe 2020");
        List<String> meetings = new ArrayList<>();
        for (String date : List.of("2020-03-12", "2020-06-11", "2020-10-08")) {
            meetings.add(as(OM_CHAIR).body(Map.of("date", date)).post("/api/tables/" + table + "/meetings").then()
                    .statusCode(201).extract().path("id"));
        }
        Map<String, Integer> outcomes = Map.of("TRIP", 14, "SUMMONS", 30, "CASE_DISCUSSION", 2);
        int n = 0;
        for (var outcome : outcomes.entrySet()) {
            for (int i = 0; i < outcome.getValue(); i++, n++) {
                String item = as(OM_CHAIR)
                        .body(Map.of("firstName", "Jongere", "lastName", "Leerplicht " + n, "birthDate",
                                "2006-0" + (1 + n % 9) + "-15", "municipality", n % 2 == 0 ? "Emmen" : "Assen",
                                "receivedOn", "2020-02-0" + (1 + n % 9), "relatedPersons",
                                List.of("Ouder A " + n, "Ouder B " + n)))
                        .post("/api/tables/" + table + "/items").then().statusCode(201).extract().path("id");
                String meeting = meetings.get(n % 3);
                as(OM_CHAIR).body(Map.of("itemIds", List.of(item)))
                        .post("/api/tables/" + table + "/meetings/" + meeting + "/agenda").then().statusCode(200);
                as(OM_CHAIR).body(Map.of("itemId", item, "outcome", outcome.getKey()))
                        .post("/api/tables/" + table + "/meetings/" + meeting + "/decisions").then().statusCode(200);
            }
        }
        Map<String, Object> lpco = kind(figures(2020), "LPCO");
        assertEquals(46, ((Number) lpco.get("received")).intValue());
        Map<?, ?> published = (Map<?, ?>) lpco.get("outcomes");
        assertEquals(14, ((Number) published.get("TRIP")).intValue());
        assertEquals(30, ((Number) published.get("SUMMONS")).intValue());
        assertEquals(2, ((Number) published.get("CASE_DISCUSSION")).intValue());
        assertEquals(0, ((Number) published.get("OTHER_SETTLEMENT")).intValue());
    }

    @Test
    void theProlificOffendersAreCountedPerDistrict() {
        String table = table("PROLIFIC_OFFENDERS", "Veelplegersoverleg Drenthe 2020");
        as(OM_CHAIR)
                .body(Map.of("lastName", "Te Jong", "birthDate", "2003-06-01", "receivedOn", "2020-01-06",
                        "municipality", "Assen", "category", "PROLIFIC"))
                .post("/api/tables/" + table + "/items").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("birthDate"));
        Map<String, List<String>> districts = Map.of("Noord", List.of("Assen", "Tynaarlo"), "Zuidwest",
                List.of("Meppel", "Hoogeveen"), "Zuidoost", List.of("Emmen", "Coevorden"));
        Map<String, Integer> persons = Map.of("Noord", 24, "Zuidwest", 34, "Zuidoost", 21);
        Map<String, Integer> veryActive = new HashMap<>();
        int n = 0;
        for (var district : persons.entrySet()) {
            for (int i = 0; i < district.getValue(); i++, n++) {
                boolean active = i % 4 == 0;
                veryActive.merge(district.getKey(), active ? 1 : 0, Integer::sum);
                as(OM_CHAIR)
                        .body(Map.of("lastName", "Veelpleger " + n, "birthDate",
                                LocalDate.of(1970 + n % 30, 1 + n % 12, 10).toString(), "receivedOn", "2020-01-06",
                                "municipality", districts.get(district.getKey()).get(i % 2), "district",
                                district.getKey(), "category", active ? "VERY_ACTIVE" : "PROLIFIC"))
                        .post("/api/tables/" + table + "/items").then().statusCode(201);
            }
        }
        List<Map<String, Object>> areas = castList(kind(figures(2020), "PROLIFIC_OFFENDERS").get("areas"));
        Map<String, Integer> counted = new HashMap<>();
        Map<String, Integer> countedActive = new HashMap<>();
        areas.forEach(a -> {
            counted.put((String) a.get("area"), ((Number) a.get("persons")).intValue());
            countedActive.put((String) a.get("area"), ((Number) a.get("veryActive")).intValue());
        });
        assertEquals(persons, counted);
        assertEquals(veryActive, countedActive);
        assertEquals(List.of(), castList(figures(2021).getList("tables.find { it.kind == 'LPCO' }.areas")),
                "nothing of 2020 is on the LPCO table in 2021");
        given().auth().oauth2(TestTokens.token("analist-elders", "Gemeente Den Haag", "haaglanden", "analyst"))
                .get("/api/tables/figures?year=2020").then().statusCode(200)
                .body("tables.kind", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("PROLIFIC_OFFENDERS")));

        // a national analyst (no house) reads these figures by naming the house, the same as the house's analyst,
        // and no item of the table; the house's analyst cannot name another house
        String national = TestTokens.token("landelijk-analist", "Landelijk Netwerk Zorg- en Veiligheidshuizen", null,
                "national-analyst");
        String asNational = given().auth().oauth2(national).get("/api/tables/figures?year=2020&house=drenthe").then()
                .statusCode(200).extract().asString();
        assertEquals(figures(2020).prettify(), JsonPath.from(asNational).prettify());
        assertEquals(counted.values().stream().mapToInt(Integer::intValue).sum(),
                JsonPath.from(asNational).getList("tables.find { it.kind == 'PROLIFIC_OFFENDERS' }.areas.persons")
                        .stream().mapToInt(p -> ((Number) p).intValue()).sum());
        given().auth().oauth2(national).get("/api/tables/figures?year=2020").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("house"));
        given().auth().oauth2(national).get("/api/tables/" + table + "/items").then().statusCode(403);
        as(ANALYST).get("/api/tables/figures?year=2020&house=haaglanden").then().statusCode(403);
    }

    private static String table(String kind, String name) {
        return as(STAFF)
                .body(Map.of("kind", kind, "name", name + " " + System.nanoTime(), "chairOrganisation", OM, "members",
                        List.of("Politie Drenthe", "Reclassering Nederland")))
                .post("/api/tables").then().statusCode(201).extract().path("id");
    }

    private static JsonPath figures(int year) {
        return as(ANALYST).get("/api/tables/figures?year=" + year).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> kind(JsonPath figures, String kind) {
        return figures.getMap("tables.find { it.kind == '" + kind + "' }");
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castList(Object list) {
        return list == null ? List.of() : (List<T>) list;
    }
}
