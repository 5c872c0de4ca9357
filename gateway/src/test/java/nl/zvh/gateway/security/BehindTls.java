package nl.zvh.gateway.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The gateway as deployed behind a TLS-terminating ingress (GATEWAY_BEHIND_PROXY=true in the Kubernetes config). */
public class BehindTls implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("GATEWAY_BEHIND_PROXY", "true");
    }
}
