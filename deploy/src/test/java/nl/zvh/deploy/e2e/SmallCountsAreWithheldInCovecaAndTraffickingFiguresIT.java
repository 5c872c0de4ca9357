package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23, attack 6 (small cells), on the stack through the gateway: the police system posts two signals of forced
 * begging. The analyst's CoVeCa and trafficking figures of the year publish no count from 1 to 4 anywhere (only the
 * signals table's and awareness sessions, which count meetings, not persons), and in the trafficking partitions the
 * signals minus the published parts never leave a count from 1 to 4.
 */
@ExtendWith(LocalStack.class)
class SmallCountsAreWithheldInCovecaAndTraffickingFiguresIT {
    static final Set<String> NOT_PERSON_COUNTS = Set.of("year", "quarter", "round", "average", "percent", "sessions",
            "participants");

    @Test
    void noFigureAnAnalystReadsHoldsOrGivesAwayASmallCount() {
        String police = Keycloak.clientToken("police-zwb-system", "police-dev-secret");
        for (int i = 0; i < 2; i++) {
            given().baseUri(LocalStack.GATEWAY).auth().oauth2(police).contentType("application/json")
                    .body(TraffickingCareRouteThroughGatewayIT.signal(
                            "Klein-" + UUID.randomUUID().toString().substring(0, 6), List.of("FORCED_BEGGING"), null,
                            "POLICE_AVIM"))
                    .when().post("/trafficking/api/signals").then().statusCode(201);
        }
        String analyst = Keycloak.userToken("politie-analyst");
        int year = LocalDate.now().getYear();

        String trafficking = figures(analyst, "/trafficking/api/figures?year=" + year);
        assertNoSmallCount(new JsonPath(trafficking).get(), null, trafficking);
        JsonPath t = new JsonPath(trafficking);
        Number total = t.get("signals");
        if (total != null) { // withheld, every part is withheld too (checked above)
            long signals = total.longValue();
            for (String partition : List.of("primaryExploitationTypes", "outcomes", "sourceOrganisations")) {
                long visible = t.<Map<String, Object>>getList(partition).stream().map(r -> (Number) r.get("signals"))
                        .filter(n -> n != null).mapToLong(Number::longValue).sum();
                assertNoSmallRest(signals - visible, partition, trafficking);
            }
            long minors = List.of("minors", "adults", "unknown").stream().map(k -> (Number) t.get("minors." + k))
                    .filter(n -> n != null).mapToLong(Number::longValue).sum();
            assertNoSmallRest(signals - minors, "minors", trafficking);
        }

        String coveca = figures(analyst, "/coveca/api/figures?year=" + year);
        assertNoSmallCount(new JsonPath(coveca).get(), null, coveca);
    }

    private static void assertNoSmallRest(long rest, String partition, String answer) {
        assertTrue(rest == 0 || rest >= 5,
                partition + ": the signals minus what is published leave " + rest + " in " + answer);
    }

    private static String figures(String analyst, String path) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(analyst).when().get(path).then().statusCode(200)
                .extract().asString();
    }

    /** Every number that counts persons or their records is 0 or at least 5 (or withheld: null). */
    private static void assertNoSmallCount(Object json, String key, String answer) {
        if (json instanceof Number n && !NOT_PERSON_COUNTS.contains(key)) {
            assertTrue(n.longValue() == 0 || n.longValue() >= 5, key + " = " + n + " in " + answer);
        } else if (json instanceof Map<?, ?> map) {
            map.forEach((k, v) -> assertNoSmallCount(v, String.valueOf(k), answer));
        } else if (json instanceof List<?> list) {
            new ArrayList<>(list).forEach(v -> assertNoSmallCount(v, key, answer));
        }
    }
}
