package nl.zvh.trafficking.inbound;

import static nl.zvh.trafficking.Actors.COORDINATOR;
import static nl.zvh.trafficking.Actors.get;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.trafficking.Actors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract on the real broker: intake-service's own MunicipalityChanged and PartnerOrganisationChanged
 * samples. A new municipality appears in the signal form's list without a restart; its rename (a higher version)
 * renames it there and in the signals registered for it; the same event again, or an older version arriving late,
 * changes nothing; a deactivation takes it off the form.
 */
@QuarkusTest
class IntakesMunicipalityChangesReachTheSignalFormTest {
    static final Path SAMPLES = Path.of("../intake-service/src/main/asyncapi/samples");
    static final String SAMPLE_ID = "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f";

    @Inject
    EntityManager em;

    @Test
    void aNewRenamedAndDeactivatedMunicipalityShowsOnTheSignalFormWithoutRestart() throws Exception {
        String id = UUID.randomUUID().toString();
        String name = "Nispen-" + id.substring(0, 6);
        send(id, municipality(id, name, true, 1));
        awaitForm(name, true);
        Map<String, Object> signal = Actors.signal();
        signal.put("municipality", name);
        String signalId = Actors.registered(signal);

        String renamed = name + "-Oost";
        String rename = municipality(id, renamed, true, 2);
        send(id, rename);
        send(id, rename);
        send(id, municipality(id, "Te laat-" + id.substring(0, 6), true, 1));
        awaitForm(renamed, true);
        Thread.sleep(1000); // the redelivery and the late older version get their chance to misbehave
        get(COORDINATOR, "/ui/signals/new").statusCode(200).body(not(containsString(">" + name + "<")))
                .body(not(containsString("Te laat-")));
        get(COORDINATOR, "/api/signals/" + signalId).statusCode(200).body("municipality", equalTo(renamed));

        send(id, municipality(id, renamed, false, 3));
        awaitForm(renamed, false);
    }

    @Test
    void intakesPartnerOrganisationSampleFillsTheReadModel() throws Exception {
        String id = UUID.randomUUID().toString();
        String json = Files.readString(SAMPLES.resolve("PartnerOrganisationChanged-v1.json"))
                .replace("6e7f8091-a2b3-4c4d-9e5f-6a7b8c9d0e1f", id)
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"");
        Kafka.send(IntakeReferenceData.TOPIC, id, json);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> Actors.count(em,
                        "select count(*) from partner_organisation where intake_id = ?1 and name = 'Woonkwartier'"
                                + " and domain = 'HOUSING' and active",
                        UUID.fromString(id)) == 1);
    }

    private static void awaitForm(String name, boolean listed) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> get(COORDINATOR, "/ui/signals/new")
                .statusCode(200).extract().body().asString().contains(">" + name + "<") == listed);
    }

    /** intake's sample, for another municipality id, name, state and version, with an event id of its own. */
    static String municipality(String id, String name, boolean active, int version) throws Exception {
        return Files.readString(SAMPLES.resolve("MunicipalityChanged-v1.json")).replace(SAMPLE_ID, id)
                .replace("\"municipality\": \"Roosendaal\"", "\"municipality\": \"" + name + "\"")
                .replace("\"active\": true", "\"active\": " + active)
                .replace("\"version\": 3", "\"version\": " + version)
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"");
    }

    private static void send(String key, String json) {
        Kafka.send(IntakeReferenceData.TOPIC, key, json);
    }
}
