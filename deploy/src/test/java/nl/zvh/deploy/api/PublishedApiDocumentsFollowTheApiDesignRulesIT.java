package nl.zvh.deploy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.zvh.deploy.e2e.Keycloak;
import nl.zvh.deploy.e2e.LocalStack;
import nl.zvh.deploy.e2e.ServiceDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 27: the six OpenAPI documents a partner's developer downloads from the gateway ({@code /api-docs/{programme}},
 * read with a partner system's client-credentials token) pass Spectral with the project's NL GOV API Design Rules
 * rule set ({@code deploy/api/nlgov-adr.spectral.yaml}) without a single error, and describe only the versioned API:
 * the server is the gateway's {@code /{programme}/api/v1}, no page is listed, and the document's version is the one
 * the API answers with.
 */
@ExtendWith(LocalStack.class)
class PublishedApiDocumentsFollowTheApiDesignRulesIT {
    static final Path RULES = Path.of("api/nlgov-adr.spectral.yaml").toAbsolutePath();
    static final Path DOCS = Path.of("target/api-docs").toAbsolutePath();

    @Test
    void everyPublishedDocumentPassesTheRuleSetWithoutErrors() throws Exception {
        String token = Keycloak.clientToken("police-zwb-system", "police-dev-secret");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(DOCS);
        List<String> files = new ArrayList<>();
        for (String programme : ServiceDocuments.PORTS.keySet()) {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(LocalStack.GATEWAY + "/api-docs/" + programme))
                            .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), programme + ": " + answer.body());
            JsonNode doc = json.readTree(answer.body());
            assertEquals(LocalStack.GATEWAY + "/" + programme + "/api/v1", doc.at("/servers/0/url").asText(),
                    programme + ": the one server is the gateway's versioned path");
            assertEquals(answer.headers().firstValue("API-Version").orElse(null), doc.at("/info/version").asText(),
                    programme + ": the document's version is the API's");
            doc.path("paths").fieldNames()
                    .forEachRemaining(path -> assertTrue(!path.startsWith("/ui") && !path.startsWith("/api/"),
                            programme + " publishes " + path));
            assertTrue(doc.path("paths").size() > 0, programme + " publishes its API");
            Path file = DOCS.resolve(programme + ".json");
            Files.writeString(file, answer.body());
            files.add(file.toString());
        }

        List<String> command = new ArrayList<>(List.of(Spectral.installed().toString(), "lint", "--quiet", "--format",
                "json", "--ruleset", RULES.toString(), "--fail-severity", "error"));
        command.addAll(files);
        String output = Spectral.run(command, 300);
        JsonNode results = json.readTree(output.substring(Math.max(0, output.indexOf('['))));
        Map<String, Integer> warnings = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (JsonNode r : results) {
            String doc = Path.of(r.path("source").asText()).getFileName().toString();
            if (r.path("severity").asInt() == 0) {
                errors.add(doc + " " + r.path("code").asText() + " at " + r.path("path") + ": "
                        + r.path("message").asText());
            } else if (r.path("severity").asInt() == 1) {
                warnings.merge(doc, 1, Integer::sum);
            }
        }
        System.out.println("[ADR lint] errors: " + errors.size() + ", warnings per document: " + warnings);
        assertTrue(errors.isEmpty(), errors.size() + " errors, the first ones:\n"
                + String.join("\n", errors.subList(0, Math.min(40, errors.size()))));
    }
}
