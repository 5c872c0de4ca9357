package nl.zvh.coveca;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import nl.zvh.platform.testing.PlatformTestResources;

/** Real PostgreSQL (database `coveca`), a real Kafka broker and the OIDC test server, once per test run. */
@WithTestResource(value = PlatformTestResources.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {
    public static final String HOUSE = "markiezaten";
    public static final String POLICE = "Politie Zeeland-West-Brabant";
    public static final String HOUSING = "Woonkwartier";
    public static final String GGZ = "GGZ Westelijk Noord-Brabant";
    public static final String MUNICIPALITY = "Gemeente Roosendaal";

    private TestInfrastructure() {
    }
}
