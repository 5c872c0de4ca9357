package nl.zvh.gateway.proxy;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Two requests in flight and one waiting (at most the 1 s connect timeout) per service, so a test can fill a
 * service's share with a few requests.
 */
public class TinyUpstreamPool implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.upstream.max-connections", "2", "gateway.upstream.max-waiting", "1",
                "gateway.upstream.busy-retry-after", "3s", "gateway.timeouts.connect", "1s", "gateway.timeouts.idle",
                "20s");
    }
}
