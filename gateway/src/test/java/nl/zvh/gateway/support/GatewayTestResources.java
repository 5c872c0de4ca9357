package nl.zvh.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;

/** Starts the OIDC WireMock server (quarkus-test-oidc-server) and the fake intake service together, once per run. */
public class GatewayTestResources implements QuarkusTestResourceLifecycleManager {

    private final OidcWiremockTestResource oidc = new OidcWiremockTestResource();
    private final FakeUpstream upstream = new FakeUpstream();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(oidc.start());
        config.putAll(upstream.start());
        return config;
    }

    @Override
    public void stop() {
        upstream.stop();
        oidc.stop();
    }
}
