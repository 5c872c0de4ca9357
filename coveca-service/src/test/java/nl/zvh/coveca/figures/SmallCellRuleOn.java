package nl.zvh.coveca.figures;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The figures' small-cell rule as in production (the other tests count single cases with it off). */
public class SmallCellRuleOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("zvh.figures.min-cell", "5");
    }
}
