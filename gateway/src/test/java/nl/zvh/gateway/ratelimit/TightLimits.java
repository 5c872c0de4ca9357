package nl.zvh.gateway.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Small limits so a test can reach them with a handful of requests. */
public class TightLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway-limits.rate.window", "1H", "gateway-limits.rate.per-user", "3",
                "gateway-limits.rate.per-client", "2", "gateway-limits.rate.per-anonymous-address", "4",
                "gateway-limits.max-body-size", "1K");
    }
}
