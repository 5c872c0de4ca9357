package nl.zvh.trafficking.figures;

import static nl.zvh.trafficking.Actors.get;
import static nl.zvh.trafficking.Actors.post;
import static nl.zvh.trafficking.Actors.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.trafficking.Actors;
import org.junit.jupiter.api.Test;

/**
 * The analyst's figures for a year (house Zeeland, year 2019: no other test writes there) count what was entered:
 * per exploitation type (a signal with two types counts for both, so those percentages exceed 100 %), per primary type
 * (adding up to the signals and to exactly 100 %), advices vs approaches, sources, minors, shelter placements, per
 * municipality. No person appears; coordinators and partner systems get no figures. A national analyst reads the same
 * figures by naming the house, and no signal; the house's analyst cannot name another house.
 */
@QuarkusTest
class AnalystSeesFiguresThatAddUpTest {
    static final String COORDINATOR = TestTokens.token("zeeland-coordinator", "GGD Zeeland", "zeeland",
            "trafficking-coordinator");
    static final String ANALYST = TestTokens.token("zeeland-analyst", "ZVH Zeeland", "zeeland", "analyst");

    @Test
    void countsAndPercentagesAddUpToTheSignalsEntered() {
        // 7 signals in 2019: S, S, S+C (primary S), C, L (minor), L (approach, shelter placed), unclear (advice)
        enter("Vlissingen", "2019-02-01", List.of("SEXUAL"), null, "POLICE_AVIM", 30);
        enter("Vlissingen", "2019-03-01", List.of("SEXUAL"), null, "POLICE_AVIM", 25);
        enter("Goes", "2019-04-01", List.of("SEXUAL", "CRIMINAL"), "SEXUAL", "POLICE_AVIM", 19);
        enter("Goes", "2019-05-01", List.of("CRIMINAL"), null, "CARE_PROVIDER", 22);
        enter("Middelburg", "2019-06-01", List.of("LABOUR"), null, "LABOUR_INSPECTORATE", 16);
        String labour = enter("Middelburg", "2019-07-01", List.of("LABOUR"), null, "LABOUR_INSPECTORATE", 40);
        String unclear = enter("Terneuzen", "2019-08-01", List.of("OTHER_UNCLEAR"), null, "MUNICIPALITY", 33);
        enter("Terneuzen", "2020-01-10", List.of("SEXUAL"), null, "POLICE_AVIM", 30); // another year
        String approach = post(COORDINATOR, "/api/signals/" + labour + "/outcome",
                Map.of("outcome", "COORDINATED_APPROACH")).statusCode(200).extract().path("approachId");
        String shelter = post(COORDINATOR, "/api/approaches/" + approach + "/shelter-requests",
                Map.of("shelterName", "COSM Zuid", "categorical", true)).statusCode(201).extract()
                .path("shelterRequests[0].id");
        put(COORDINATOR, "/api/approaches/" + approach + "/shelter-requests/" + shelter, Map.of("status", "PLACED"))
                .statusCode(200);
        post(COORDINATOR, "/api/signals/" + unclear + "/outcome",
                Map.of("outcome", "ADVICE", "advice", "Municipality follows up with the district team"))
                .statusCode(200);

        JsonPath f = get(ANALYST, "/api/figures?year=2019").statusCode(200).extract().jsonPath();
        assertEquals(7, f.getInt("signals"));
        assertEquals(Map.of("SEXUAL", 3, "LABOUR", 2, "CRIMINAL", 2, "FORCED_BEGGING", 0, "ORGAN_REMOVAL", 0,
                "OTHER_UNCLEAR", 1), byKey(f, "exploitationTypes", "type", "signals"));
        assertEquals(new BigDecimal("42.9"), percent(f, "exploitationTypes", "type", "SEXUAL"));
        assertEquals(new BigDecimal("114.4"), sum(f, "exploitationTypes"), "types counted per signal can exceed 100");
        assertEquals(Map.of("SEXUAL", 3, "LABOUR", 2, "CRIMINAL", 1, "FORCED_BEGGING", 0, "ORGAN_REMOVAL", 0,
                "OTHER_UNCLEAR", 1), byKey(f, "primaryExploitationTypes", "type", "signals"));
        assertEquals(new BigDecimal("100.0"), sum(f, "primaryExploitationTypes"));
        assertEquals(Map.of("ADVICE", 1, "COORDINATED_APPROACH", 1, "UNDECIDED", 5),
                byKey(f, "outcomes", "key", "signals"));
        assertEquals(new BigDecimal("100.0"), sum(f, "outcomes"));
        assertEquals(
                Map.of("POLICE_AVIM", 3, "LABOUR_INSPECTORATE", 2, "MUNICIPALITY", 1, "CARE_PROVIDER", 1, "OTHER", 0),
                byKey(f, "sourceOrganisations", "key", "signals"));
        assertEquals(new BigDecimal("100.0"), sum(f, "sourceOrganisations"));
        assertEquals(1, f.getInt("minors.minors"));
        assertEquals(6, f.getInt("minors.adults"));
        assertEquals(1, f.getInt("shelter.placements"));
        assertEquals(1, f.getInt("shelter.categoricalPlacements"));
        assertEquals(7, f.getList("perMunicipality.signals", Integer.class).stream().mapToInt(i -> i).sum());
        assertEquals(2, f.getInt("perMunicipality.find { it.municipality == 'Goes' }.signals"));

        JsonPath goes = get(ANALYST, "/api/figures?year=2019&municipality=Goes").statusCode(200).extract().jsonPath();
        assertEquals(2, goes.getInt("signals"));
        assertEquals(new BigDecimal("100.0"), sum(goes, "primaryExploitationTypes"));
        assertEquals(new BigDecimal("150.0"), sum(goes, "exploitationTypes"));

        String json = get(ANALYST, "/api/figures?year=2019").extract().asString();
        assertFalse(json.contains("Popescu") || json.contains("Ioana"), "no person in the figures");
        get(COORDINATOR, "/api/figures?year=2019").statusCode(403);
        get(Actors.POLICE_SYSTEM, "/api/figures?year=2019").statusCode(403);
        get(ANALYST, "/api/figures").statusCode(400);

        // a national analyst (no house) reads the house's figures by naming it, the same as the house's analyst
        String national = TestTokens.token("landelijk-analist", "Landelijk Netwerk Zorg- en Veiligheidshuizen", null,
                "national-analyst");
        String asNational = get(national, "/api/figures?year=2019&house=zeeland").statusCode(200).extract().asString();
        assertEquals(json, asNational);
        assertEquals(7, JsonPath.from(asNational).getInt("signals"));
        get(national, "/api/figures?year=2019").statusCode(400).body("errors[0].field",
                org.hamcrest.Matchers.equalTo("house"));
        get(national, "/api/figures?year=2019&house=nergens").statusCode(400).body("errors[0].field",
                org.hamcrest.Matchers.equalTo("house"));
        get(national, "/api/signals").statusCode(403);
        get(ANALYST, "/api/figures?year=2019&house=markiezaten").statusCode(403);
    }

    private static String enter(String municipality, String receivedOn, List<String> types, String primary,
            String source, int age) {
        Map<String, Object> body = Actors.signal();
        body.put("municipality", municipality);
        body.put("receivedOn", receivedOn);
        body.put("exploitationTypes", types);
        if (primary != null) {
            body.put("primaryExploitationType", primary);
        }
        body.put("sourceType", source);
        Map<String, Object> victim = new HashMap<>(Actors.victim(body));
        victim.remove("dateOfBirth");
        victim.put("estimatedAge", age);
        body.put("presumedVictim", victim);
        return post(COORDINATOR, "/api/signals", body).statusCode(201).extract().path("id");
    }

    private static Map<String, Integer> byKey(JsonPath f, String list, String key, String value) {
        Map<String, Integer> result = new HashMap<>();
        for (Map<String, Object> row : f.<Map<String, Object>>getList(list)) {
            result.put((String) row.get(key), ((Number) row.get(value)).intValue());
        }
        return result;
    }

    private static BigDecimal percent(JsonPath f, String list, String key, String type) {
        return new BigDecimal(f.getString(list + ".find { it." + key + " == '" + type + "' }.percent"));
    }

    private static BigDecimal sum(JsonPath f, String list) {
        return f.getList(list + ".percent", String.class).stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1);
    }
}
