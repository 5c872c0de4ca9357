package nl.zvh.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Everything a service test needs, started in parallel once per module test run: a real PostgreSQL with the
 * service's database (named after the module: {@code intake-service} → {@code intake}, or init arg
 * {@code database}), a real Kafka broker, and the OIDC WireMock server that checks {@link TestTokens}.
 *
 * <pre>{@code @WithTestResource(value = PlatformTestResources.class, scope = TestResourceScope.GLOBAL)}</pre>
 */
public class PlatformTestResources implements QuarkusTestResourceLifecycleManager {
    private final PostgresTestResource postgres = new PostgresTestResource();
    private final KafkaTestResource kafka = new KafkaTestResource();
    private final OidcWiremockTestResource oidc = new OidcWiremockTestResource();

    @Override
    public void init(Map<String, String> initArgs) {
        Map<String, String> args = new HashMap<>(initArgs);
        args.putIfAbsent("database", moduleDatabase());
        postgres.init(args);
        oidc.init(Map.of());
    }

    @Override
    public Map<String, String> start() {
        var pg = CompletableFuture.supplyAsync(postgres::start);
        var broker = CompletableFuture.supplyAsync(kafka::start);
        Map<String, String> config = new HashMap<>(oidc.start());
        config.putAll(pg.join());
        config.putAll(broker.join());
        return config;
    }

    @Override
    public void stop() {
        for (QuarkusTestResourceLifecycleManager resource : List.of(oidc, kafka, postgres)) {
            resource.stop();
        }
    }

    /** Tests run with the module folder as working directory. */
    static String moduleDatabase() {
        String module = Path.of("").toAbsolutePath().getFileName().toString();
        return module.endsWith("-service") ? module.substring(0, module.length() - "-service".length()) : "app";
    }
}
