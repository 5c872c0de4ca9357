package nl.zvh.deploy.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the events whose consumers need to know who a person is carry identifying data (docs/personal-data-in-events.md);
 * every other event of every producer (its AsyncAPI samples) carries ids only. An event that starts carrying a name,
 * date of birth or BSN fails here until the doc justifies it and the set below names it.
 */
class EventsCarryPersonalDataOnlyWhereDeclaredTest {
    static final Path REPO = Path.of(System.getProperty("zvh.repo", "..")).toAbsolutePath().normalize();
    static final Set<String> IDENTIFYING = Set.of("bsn", "firstname", "lastname", "surnameprefix", "dateofbirth",
            "fullname", "name", "address", "phone", "email");
    /** Justified in docs/personal-data-in-events.md. */
    static final Set<String> MAY_IDENTIFY = Set.of("ReferralSubmitted", "FamiliarityCheckRequested", "TriageDecided",
            "ReintegrationEscalated", "CterApproachHandedOver", "ReferralImported", "CaseHandoverRequested");

    @Test
    void onlyTheDeclaredEventsCarryNamesDatesOfBirthOrBsns() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> offending = new ArrayList<>();
        int samples = 0;
        try (Stream<Path> files = Files.walk(REPO, 6)) {
            for (Path file : files
                    .filter(f -> f.toString().contains("/src/main/asyncapi/samples/") && f.toString().endsWith(".json"))
                    .toList()) {
                samples++;
                JsonNode event = json.readTree(file.toFile());
                String type = event.path("type").asText(file.getFileName().toString().split("-")[0]);
                List<String> fields = new ArrayList<>();
                identifying(event.path("payload"), "", fields);
                if (!fields.isEmpty() && !MAY_IDENTIFY.contains(type)) {
                    offending.add(REPO.relativize(file) + " (" + type + "): " + fields);
                }
            }
        }
        assertTrue(samples >= 15, "the producers' samples are found: " + samples);
        assertEquals(List.of(), offending,
                "events carrying identifying data without a reason in " + "docs/personal-data-in-events.md");
        String doc = Files.readString(REPO.resolve("docs/personal-data-in-events.md"));
        MAY_IDENTIFY.forEach(t -> assertTrue(doc.contains("`" + t + "`"), t + " is justified in the doc"));
    }

    private static void identifying(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (IDENTIFYING.contains(e.getKey().toLowerCase()) && !e.getValue().isNull()) {
                    out.add(path + e.getKey());
                }
                identifying(e.getValue(), path + e.getKey() + ".", out);
            }
        } else if (node.isArray()) {
            node.forEach(n -> identifying(n, path + "[].", out));
        }
    }
}
