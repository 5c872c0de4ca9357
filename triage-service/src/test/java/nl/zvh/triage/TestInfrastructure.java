package nl.zvh.triage;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import nl.zvh.platform.testing.KafkaTestResource;
import nl.zvh.platform.testing.PostgresTestResource;

/**
 * Real PostgreSQL and a real Kafka broker, started once for the whole test run of this module (GLOBAL scope), plus
 * the OIDC WireMock server that signs test tokens.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL, parallel = true,
        initArgs = @ResourceArg(name = "database", value = "triage"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
public final class TestInfrastructure {
    public static final String HOUSE = "markiezaten";
    public static final String POLICE = "Politie Zeeland-West-Brabant";
    public static final String HOUSING = "Woonkwartier";

    private TestInfrastructure() {
    }
}
