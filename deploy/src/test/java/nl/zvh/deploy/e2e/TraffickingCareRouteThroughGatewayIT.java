package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Human-trafficking care coordination end to end through the gateway with real Keycloak tokens: the police system
 * (client credentials) posts a signal; the coordinator starts a coordinated approach with two shelter requests (one
 * refused with its reason, one placed), records the national registration (CoMensha) and closes it;
 * TraffickingApproachClosed is on the real Kafka broker without names; the analyst's figures for the year count the
 * signals entered per exploitation type with percentages that add up. The police system never reads the approach,
 * a user of another house gets nothing, and the coordinator's reads are in the audit log.
 */
@ExtendWith(LocalStack.class)
class TraffickingCareRouteThroughGatewayIT {
    static final String API = "/trafficking/api";

    static Map<String, Object> signal(String lastName, List<String> types, String primary, String source) {
        Map<String, Object> body = new HashMap<>(Map.of("sourceType", source, "presumedVictim",
                Map.of("firstName", "Elena", "lastName", lastName, "dateOfBirth", "2001-06-03", "nationality",
                        "Bulgaars"),
                "exploitationTypes", types, "indicators", List.of("No own identity papers", "Lives at the workplace"),
                "residenceStatus", "RELEVANT", "municipality", "Bergen op Zoom", "alsoSuspect", true,
                "victimPerspective", "Forced to carry drugs to pay off a debt", "perpetratorPerspective",
                "Suspected of drug trafficking"));
        if (primary != null) {
            body.put("primaryExploitationType", primary);
        }
        return body;
    }

    @Test
    void policeSignalCoordinatedApproachShelterRouteNationalRegistrationClosureAndFigures() {
        int year = LocalDate.now().getYear();
        String analyst = Keycloak.userToken("politie-analyst");
        JsonPath before = figures(analyst, year);

        String police = Keycloak.clientToken("police-zwb-system", "police-dev-secret");
        String lastName = "Ivanova-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> fromPolice = signal(lastName, List.of("SEXUAL", "CRIMINAL"), "SEXUAL", "POLICE_AVIM");
        fromPolice.put("externalReference", "AVIM-" + UUID.randomUUID());
        String signalId = post(police, API + "/signals", fromPolice).statusCode(201).body("status", equalTo("RECEIVED"))
                .extract().path("id");
        post(police, API + "/signals", fromPolice).statusCode(200).body("id", equalTo(signalId));

        String coordinator = Keycloak.userToken("politie-trafficking-coordinator");
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(coordinator).when().get(API + "/signals/" + signalId).then()
                .statusCode(200).body("channel", equalTo("PARTNER_API"))
                .body("presumedVictim.lastName", equalTo(lastName)).body("alsoSuspect", equalTo(true));
        post(coordinator, API + "/signals", signal("Other", List.of("LABOUR"), null, "LABOUR_INSPECTORATE"))
                .statusCode(201);
        post(coordinator, API + "/signals", signal("Unclear", List.of("OTHER_UNCLEAR"), null, "MUNICIPALITY"))
                .statusCode(201);

        String approachId = post(coordinator, API + "/signals/" + signalId + "/outcome",
                Map.of("outcome", "COORDINATED_APPROACH")).statusCode(200).extract().path("approachId");
        String approach = API + "/approaches/" + approachId;
        String refused = post(coordinator, approach + "/shelter-requests",
                Map.of("shelterName", "COSM Amsterdam", "categorical", true)).statusCode(201).extract()
                .path("shelterRequests[0].id");
        String placed = post(coordinator, approach + "/shelter-requests",
                Map.of("shelterName", "Safegroup Breda", "categorical", false)).statusCode(201).extract()
                .path("shelterRequests[1].id");
        put(coordinator, approach + "/shelter-requests/" + refused,
                Map.of("status", "REFUSED", "refusalReason", "Full until next month")).statusCode(200);
        put(coordinator, approach + "/shelter-requests/" + placed, Map.of("status", "PLACED")).statusCode(200)
                .body("shelterRequests[0].status", equalTo("REFUSED"))
                .body("shelterRequests[0].refusalReason", equalTo("Full until next month"))
                .body("shelterRequests[1].status", equalTo("PLACED"));
        put(coordinator, approach + "/care-route",
                Map.of("safetyMeasures", "Secret address", "legalAid", "Specialised lawyer", "reflectionPeriodStart",
                        LocalDate.now().toString(), "reflectionPeriodEnd", LocalDate.now().plusMonths(3).toString()))
                .statusCode(200);
        put(coordinator, API + "/signals/" + signalId + "/national-registration", Map.of("reported", true, "reportedOn",
                LocalDate.now().toString(), "reportingOrganisation", "ZVH De Markiezaten")).statusCode(200)
                .body("nationalRegistration.reported", equalTo(true));

        given().baseUri(LocalStack.GATEWAY).auth().oauth2(police).when().get(approach).then().statusCode(403);
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(police).when().get(API + "/signals/" + signalId).then()
                .statusCode(200).body("status", equalTo("ASSESSED")).body("$", not(hasKey("approachId")));
        String otherHouse = Keycloak.userToken("haaglanden-referrer");
        for (String path : List.of(API + "/signals", API + "/signals/" + signalId, approach,
                API + "/figures?year=" + year)) {
            given().baseUri(LocalStack.GATEWAY).auth().oauth2(otherHouse).when().get(path).then().statusCode(403);
        }

        post(coordinator, approach + "/close", Map.of("reason", "GOALS_REACHED")).statusCode(200).body("status",
                equalTo("CLOSED"));
        Map<String, Object> closed = awaitClosed(approachId);
        assertEquals("Bergen op Zoom", closed.get("municipality"));
        assertEquals(List.of("SEXUAL", "CRIMINAL"), closed.get("exploitationTypes"));
        assertFalse(closed.toString().contains(lastName), "no names in the event");

        JsonPath after = figures(analyst, year);
        // persons' counts below the small-cell threshold are withheld (null, named in suppressed)
        PublishedFigure.grew(before, after, "signals", 3);
        for (var expected : Map.of("SEXUAL", 1, "CRIMINAL", 1, "LABOUR", 1, "OTHER_UNCLEAR", 1).entrySet()) {
            PublishedFigure.grew(before, after,
                    "exploitationTypes.find { it.type == '" + expected.getKey() + "' }.signals",
                    "exploitationTypes." + expected.getKey(), expected.getValue());
        }
        PublishedFigure.grew(before, after, "primaryExploitationTypes.find { it.type == 'SEXUAL' }.signals",
                "primaryExploitationTypes.SEXUAL", 1);
        assertAddsUp(after);
        PublishedFigure.grew(before, after, "shelter.placements", 1);

        long audited = Database.count("trafficking", "select count(*) from audit_log where resource_id = ?"
                + " and action = 'READ' and user_name = 'politie-trafficking-coordinator'", signalId);
        assertTrue(audited >= 1, "the coordinator's read of the signal is audited");
    }

    /** The shown parts never exceed the whole; when nothing is withheld they add up to it, percentages to 100. */
    private static void assertAddsUp(JsonPath f) {
        Integer signals = f.get("signals");
        if (signals == null) {
            assertTrue(f.getList("suppressed").contains("signals"));
            return;
        }
        List<Integer> primary = f.getList("primaryExploitationTypes.signals", Integer.class);
        int shown = primary.stream().filter(java.util.Objects::nonNull).mapToInt(i -> i).sum();
        if (primary.contains(null)) {
            assertTrue(shown < signals, "the shown primary types leave room for the withheld ones");
        } else {
            assertEquals(signals.intValue(), shown, "primary types add up to the signals");
            assertEquals(new BigDecimal("100.0"), sumOfPercents(f, "primaryExploitationTypes"));
        }
        if (!f.getList("outcomes.signals").contains(null)) {
            assertEquals(new BigDecimal("100.0"), sumOfPercents(f, "outcomes"));
        }
        for (Map<String, Object> row : f.<Map<String, Object>>getList("exploitationTypes")) {
            if (row.get("signals") == null) {
                continue;
            }
            BigDecimal expected = BigDecimal.valueOf(((Number) row.get("signals")).longValue() * 100)
                    .divide(BigDecimal.valueOf(signals), 1, RoundingMode.HALF_UP);
            assertEquals(expected, new BigDecimal(row.get("percent").toString()).setScale(1), row.toString());
        }
    }

    private static BigDecimal sumOfPercents(JsonPath f, String list) {
        return f.getList(list + ".percent", String.class).stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1, RoundingMode.HALF_UP);
    }

    private static JsonPath figures(String analyst, int year) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(analyst).when().get(API + "/figures?year=" + year)
                .then().statusCode(200).extract().jsonPath();
    }

    private static ValidatableResponse post(String token, String path, Object body) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .post(path).then();
    }

    private static ValidatableResponse put(String token, String path, Object body) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .put(path).then();
    }

    private static Map<String, Object> awaitClosed(String approachId) {
        AtomicReference<Map<String, Object>> payload = new AtomicReference<>();
        try (var consumer = new KafkaConsumer<String, String>(
                LocalStack.kafka(Map.of("group.id", "it-" + UUID.randomUUID(), "auto.offset.reset", "earliest")),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("zvh.trafficking.approach"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var r : consumer.poll(Duration.ofMillis(300))) {
                    JsonPath envelope = JsonPath.from(r.value());
                    if (approachId.equals(r.key()) && "TraffickingApproachClosed".equals(envelope.getString("type"))) {
                        payload.set(envelope.getMap("payload"));
                    }
                }
                return payload.get() != null;
            });
        }
        return payload.get();
    }
}
