package nl.zvh.trafficking.approach;

import static nl.zvh.trafficking.Actors.COORDINATOR;
import static nl.zvh.trafficking.Actors.OTHER_HOUSE_COORDINATOR;
import static nl.zvh.trafficking.Actors.get;
import static nl.zvh.trafficking.Actors.post;
import static nl.zvh.trafficking.Actors.put;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.trafficking.Actors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The coordinator starts a coordinated approach on a signal, runs the care route (two shelter requests: one refused
 * with its reason, one placed; agreements; reflection period) and closes it. TraffickingApproachStarted and
 * TraffickingApproachClosed reach the real broker through the outbox, with ids, house, municipality, types and dates
 * only: no names, no BSN. Rules are enforced with problems naming the field, and a closed approach changes no more.
 */
@QuarkusTest
class CoordinatedApproachRunsItsCareRouteAndIsPublishedTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void approachWithShelterRouteIsStartedAndClosedOnKafka() {
        Map<String, Object> body = Actors.signal();
        Actors.victim(body).put("bsn", "123456782");
        body.put("exploitationTypes", List.of("SEXUAL", "CRIMINAL"));
        body.put("primaryExploitationType", "SEXUAL");
        String signal = Actors.registered(body);
        String approach = post(COORDINATOR, "/api/signals/" + signal + "/outcome",
                Map.of("outcome", "COORDINATED_APPROACH")).statusCode(200)
                .body("outcome", equalTo("COORDINATED_APPROACH")).extract().path("approachId");
        post(COORDINATOR, "/api/signals/" + signal + "/outcome", Map.of("outcome", "ADVICE", "advice", "x"))
                .statusCode(409);
        String path = "/api/approaches/" + approach;

        post(COORDINATOR, path + "/shelter-requests",
                Map.of("shelterName", "COSM Fier Leeuwarden", "categorical", true)).statusCode(201);
        String placedId = post(COORDINATOR, path + "/shelter-requests",
                Map.of("shelterName", "Safegroup Breda", "categorical", false)).statusCode(201).extract()
                .path("shelterRequests[1].id");
        String refusedId = get(COORDINATOR, path).extract().path("shelterRequests[0].id");
        put(COORDINATOR, path + "/shelter-requests/" + refusedId, Map.of("status", "REFUSED")).statusCode(400)
                .body("errors.field", hasItem("refusalReason"));
        put(COORDINATOR, path + "/shelter-requests/" + refusedId,
                Map.of("status", "REFUSED", "refusalReason", "No place for the coming six weeks")).statusCode(200)
                .body("shelterRequests[0].status", equalTo("REFUSED"));
        put(COORDINATOR, path + "/shelter-requests/" + refusedId, Map.of("status", "PLACED")).statusCode(400)
                .body("errors.field", hasItem("status"));
        put(COORDINATOR, path + "/shelter-requests/" + placedId, Map.of("status", "PLACED")).statusCode(200)
                .body("shelterRequests[1].status", equalTo("PLACED"))
                .body("shelterRequests[1].placedOn", equalTo(LocalDate.now().toString()));
        get(COORDINATOR, "/api/approaches/open-shelter-requests").statusCode(200).body("approachId",
                not(hasItem(approach)));

        put(COORDINATOR, path + "/care-route",
                Map.of("safetyMeasures", "Secret address, alarm button", "legalAid",
                        "Lawyer specialised in trafficking assigned", "medicalCare", "GP and trauma care",
                        "reflectionPeriodStart", LocalDate.now().toString(), "reflectionPeriodEnd",
                        LocalDate.now().minusDays(1).toString()))
                .statusCode(400).body("errors.field", hasItem("reflectionPeriodEnd"));
        put(COORDINATOR, path + "/care-route",
                Map.of("safetyMeasures", "Secret address, alarm button", "reflectionPeriodStart",
                        LocalDate.now().toString(), "reflectionPeriodEnd", LocalDate.now().plusMonths(3).toString(),
                        "residenceProcedure", "Residence permit for victims of trafficking (B8/3)"))
                .statusCode(200).body("careRoute.safetyMeasures", equalTo("Secret address, alarm button"));

        String overdue = post(COORDINATOR, path + "/agreements",
                Map.of("description", "Intake trauma care", "ownerOrganisation", "GGZ WNB", "dueDate",
                        LocalDate.now().minusDays(1).toString()))
                .statusCode(201).body("agreements[0].status", equalTo("OVERDUE")).extract().path("agreements[0].id");
        put(COORDINATOR, path + "/agreements/" + overdue, Map.of("status", "DROPPED")).statusCode(400)
                .body("errors.field", hasItem("dropReason"));
        put(COORDINATOR, path + "/agreements/" + overdue, Map.of("status", "DONE")).statusCode(200)
                .body("agreements[0].status", equalTo("DONE"));

        put(COORDINATOR, "/api/signals/" + signal + "/national-registration", Map.of("reported", true, "reportedOn",
                LocalDate.now().toString(), "reportingOrganisation", "ZVH De Markiezaten")).statusCode(200)
                .body("nationalRegistration.reported", equalTo(true));

        get(OTHER_HOUSE_COORDINATOR, path).statusCode(404);
        post(COORDINATOR, path + "/close", Map.of("reason", "OTHER")).statusCode(400).body("errors.field",
                hasItem("notes"));
        post(COORDINATOR, path + "/close", Map.of("reason", "GOALS_REACHED")).statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedOn", equalTo(LocalDate.now().toString()));
        post(COORDINATOR, path + "/agreements", Map.of("description", "Too late", "ownerOrganisation", "GGZ WNB",
                "dueDate", LocalDate.now().toString())).statusCode(409);

        List<JsonPath> events = eventsOf(approach, 2);
        assertEquals("TraffickingApproachStarted", events.get(0).getString("type"));
        assertEquals("TraffickingApproachClosed", events.get(1).getString("type"));
        JsonPath closed = events.get(1);
        assertEquals("markiezaten", closed.getString("house"));
        assertEquals(signal, closed.getString("payload.signalId"));
        assertEquals("Roosendaal", closed.getString("payload.municipality"));
        assertEquals(List.of("SEXUAL", "CRIMINAL"), closed.getList("payload.exploitationTypes"));
        assertEquals(LocalDate.now().toString(), closed.getString("payload.closedOn"));
        assertEquals(samplePayloadFields("TraffickingApproachStarted"),
                events.get(0).<String, Object>getMap("payload").keySet(),
                "the published payload matches the documented sample");
        assertEquals(samplePayloadFields("TraffickingApproachClosed"),
                closed.<String, Object>getMap("payload").keySet());
        for (JsonPath event : events) {
            String json = event.prettify();
            assertFalse(json.contains("Popescu") || json.contains("Ioana") || json.contains("123456782")
                    || json.contains("Verbeek"), "no names or BSN in the event: " + json);
        }
    }

    @Test
    void adviceNeedsTheAdviceAndStartsNoApproach() {
        String signal = Actors.registered(Actors.signal());
        post(COORDINATOR, "/api/signals/" + signal + "/outcome", Map.of("outcome", "ADVICE")).statusCode(400)
                .body("errors.field", hasItem("advice"));
        post(COORDINATOR, "/api/signals/" + signal + "/outcome",
                Map.of("outcome", "ADVICE", "advice",
                        "Discuss with the labour inspectorate; no indications of coercion yet"))
                .statusCode(200).body("outcome", equalTo("ADVICE")).body("approachId", equalTo(null));
    }

    private static java.util.Set<String> samplePayloadFields(String type) {
        try {
            return JsonPath
                    .from(java.nio.file.Files
                            .readString(java.nio.file.Path.of("src/main/asyncapi/samples/" + type + "-v1.json")))
                    .<String, Object>getMap("payload").keySet();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<JsonPath> eventsOf(String approach, int expected) {
        List<JsonPath> events = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrap, "group.id",
                "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(ApproachEvents.TOPIC));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var r : consumer.poll(Duration.ofMillis(300))) {
                    if (approach.equals(r.key())) {
                        events.add(JsonPath.from(r.value()));
                    }
                }
                return events.size() >= expected;
            });
        }
        return events;
    }
}
