package nl.zvh.deploy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The services' own, complete OpenAPI documents ({@code /q/openapi} on their management interfaces, loopback only:
 * pages and operators' triggers included, paths as the service serves them), the system tests' list of what each
 * service offers. Partners read the published documents at the gateway's {@code /api-docs/{programme}} instead.
 */
public final class ServiceDocuments {
    /** Each programme's service port (before the stack's offset), in the order of the case flow. */
    public static final Map<String, Integer> PORTS = new LinkedHashMap<>();
    static {
        PORTS.put("intake", 8081);
        PORTS.put("triage", 8082);
        PORTS.put("coveca", 8083);
        PORTS.put("reintegration", 8084);
        PORTS.put("trafficking", 8085);
        PORTS.put("lifecourse", 8086);
    }

    /** HTTP/1.1: the default HTTP/2 client asks plain-HTTP servers to upgrade (h2c) and misreads a large answer. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServiceDocuments() {
    }

    public static JsonNode of(String programme) {
        URI uri = URI.create(LocalStack.management(PORTS.get(programme)) + "/q/openapi?format=json");
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("OpenAPI of " + programme + ": " + response.statusCode());
            }
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
