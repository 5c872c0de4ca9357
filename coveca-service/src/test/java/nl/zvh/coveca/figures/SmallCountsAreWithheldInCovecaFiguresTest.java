package nl.zvh.coveca.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * In a house of its own, eight cases started in 2025: six REGULAR, two YOUTH; in 2026 two close as STABLE, six as
 * scaled down to regular care. With the rule as in production (5), the analyst's figures of 2026 hold neither 2 (the
 * youth persons, the stable closures) nor the 6 next to it that would give it away (what a line's visible total
 * minus its visible parts would leave); the 0 and the 8 are published.
 */
@QuarkusTest
@TestProfile(SmallCellRuleOn.class)
class SmallCountsAreWithheldInCovecaFiguresTest {
    static final String HOUSE = "kleinecellenhuis";
    static final String POLICE = "Politie Zeeland-West-Brabant";
    final String director = TestTokens.token("kc-pd", POLICE, HOUSE, "process-director");
    final String analyst = TestTokens.token("kc-analist", POLICE, HOUSE, "analyst");

    @Test
    void theTwoAndWhatWouldGiveItAwayAreNullAndNamed() {
        for (int i = 0; i < 8; i++) {
            String id = open(i < 6 ? "REGULAR" : "YOUTH");
            given().auth().oauth2(director).contentType(ContentType.JSON)
                    .body(Map.of("reason", i % 4 == 0 ? "STABLE" : "SCALED_DOWN_TO_REGULAR_CARE")).when()
                    .post("/api/cases/" + id + "/closure").then().statusCode(200);
        }

        String year = given().auth().oauth2(analyst).when().get("/api/figures?year=2026").then().statusCode(200)
                .body("uniquePersonsPerSubApproach.YOUTH", nullValue())
                .body("uniquePersonsPerSubApproach.REGULAR", nullValue()).body("closureReasons.STABLE", nullValue())
                .body("closureReasons.SCALED_DOWN_TO_REGULAR_CARE", nullValue())
                .body("approachesPerQuarter.find { it.quarter == '2026-Q1' }.active", equalTo(8))
                .body("approachesPerQuarter.find { it.quarter == '2026-Q1' }.started", equalTo(0))
                .body("suppressed",
                        hasItems("uniquePersonsPerSubApproach.YOUTH", "uniquePersonsPerSubApproach.REGULAR",
                                "closureReasons.STABLE", "closureReasons.SCALED_DOWN_TO_REGULAR_CARE"))
                .extract().asString();
        assertFalse(numbers(new JsonPath(year).get()).contains(2L), year);

        String all = given().auth().oauth2(analyst).when().get("/api/figures").then().statusCode(200)
                .body("genderOfMainPersons.UNKNOWN", equalTo(8))
                .body("approachesPerQuarter.find { it.quarter == '2025-Q1' }.started", equalTo(8))
                .body("uniquePersonsPerSubApproach.YOUTH", nullValue()).body("closureReasons.STABLE", nullValue())
                .extract().asString();
        assertFalse(numbers(new JsonPath(all).get()).contains(2L), all);
    }

    /** Every number in the answer, wherever it stands. */
    private static List<Long> numbers(Object json) {
        List<Long> out = new ArrayList<>();
        if (json instanceof Number n) {
            out.add(n.longValue());
        } else if (json instanceof Map<?, ?> map) {
            map.values().forEach(v -> out.addAll(numbers(v)));
        } else if (json instanceof List<?> list) {
            list.forEach(v -> out.addAll(numbers(v)));
        }
        return out;
    }

    private String open(String subApproach) {
        return given().auth().oauth2(director).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Roosendaal", "intensity", "PGA", "subApproach", subApproach, "startDate",
                        "2025-03-01", "mainPerson", Map.of("firstName", "Kees", "lastName", "Klein"), "systemMembers",
                        List.of()))
                .when().post("/api/cases").then().statusCode(201).extract().path("id");
    }
}
