package nl.zvh.trafficking.figures;

import static nl.zvh.trafficking.Actors.get;
import static nl.zvh.trafficking.Actors.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.zvh.trafficking.Actors;
import org.junit.jupiter.api.Test;

/**
 * Seven signals received in 2017 (a year no other test writes): five of labour exploitation reported by the police,
 * two of sexual exploitation reported by a care provider. With the rule as in production (5), the analyst's figures
 * show the 7 and the 0s, but not the 2 (nor its percentage), nor the 5 next to it that would give it away as 7 - 5,
 * in the primary types, the types and the sources.
 */
@QuarkusTest
@TestProfile(SmallCellRuleOn.class)
class SmallCountsAreWithheldInTraffickingFiguresTest {

    @Test
    void theTwoAndWhatWouldGiveItAwayAreNullAndNamed() {
        for (int i = 0; i < 7; i++) {
            Map<String, Object> signal = Actors.signal();
            signal.put("receivedOn", "2017-0" + (i + 1) + "-15");
            signal.put("exploitationTypes", List.of(i < 5 ? "LABOUR" : "SEXUAL"));
            signal.put("sourceType", i < 5 ? "POLICE_AVIM" : "CARE_PROVIDER");
            post(Actors.COORDINATOR, "/api/signals", signal).statusCode(201);
        }

        String json = get(Actors.ANALYST, "/api/figures?year=2017").statusCode(200).extract().asString();
        JsonPath f = new JsonPath(json);
        assertEquals(7, f.getInt("signals"));
        assertEquals(7, f.getInt("minors.adults"));
        assertEquals(0, f.getInt("minors.minors"));
        for (String list : List.of("primaryExploitationTypes", "exploitationTypes")) {
            assertNull(f.get(list + ".find { it.type == 'SEXUAL' }.signals"), list);
            assertNull(f.get(list + ".find { it.type == 'SEXUAL' }.percent"), list);
            assertNull(f.get(list + ".find { it.type == 'LABOUR' }.signals"), list + ": 7 - 5 would give the 2");
            assertNotEquals(2L, 7 - visible(f, list), list);
        }
        assertNull(f.get("sourceOrganisations.find { it.key == 'CARE_PROVIDER' }.signals"));
        assertNull(f.get("sourceOrganisations.find { it.key == 'CARE_PROVIDER' }.percent"));
        assertNotEquals(2L, 7 - visible(f, "sourceOrganisations"));
        assertTrue(f.getList("suppressed", String.class)
                .containsAll(List.of("primaryExploitationTypes.SEXUAL", "primaryExploitationTypes.LABOUR",
                        "exploitationTypes.SEXUAL", "sourceOrganisations.CARE_PROVIDER",
                        "sourceOrganisations.POLICE_AVIM")),
                json);
        assertFalse(numbers(f.get(), null).contains(2L), json);
    }

    /** The signals a list shows. */
    private static long visible(JsonPath f, String list) {
        return f.<Map<String, Object>>getList(list).stream().map(r -> (Number) r.get("signals")).filter(n -> n != null)
                .mapToLong(Number::longValue).sum();
    }

    /** Every count in the answer, wherever it stands (not the year or a quarter's number). */
    private static List<Long> numbers(Object json, String key) {
        List<Long> out = new ArrayList<>();
        if (json instanceof Number n && !List.of("year", "quarter").contains(key)) {
            out.add(n.longValue());
        } else if (json instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.addAll(numbers(v, String.valueOf(k))));
        } else if (json instanceof List<?> list) {
            list.forEach(v -> out.addAll(numbers(v, key)));
        }
        return out;
    }
}
