package nl.zvh.coveca.badinput;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import nl.zvh.coveca.TestInfrastructure;
import nl.zvh.platform.testing.BadInputProbe;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.platform.testing.WriteEndpoints;
import org.junit.jupiter.api.Test;

/**
 * Every JSON write endpoint of coveca-service (found in its own OpenAPI document, body generated from the request
 * schema, path ids random) withstands the bad-input corpus: no 5xx, every rejection a problem naming the field at
 * fault, nothing stored when rejected.
 */
@QuarkusTest
class HostileInputToCovecaIsRejectedAsProblemTest {
    private final String everyRole = TestTokens.token("corpus-user", TestInfrastructure.POLICE,
            TestInfrastructure.HOUSE, "process-director", "functional-admin", "case-partner");

    @Inject
    DataSource dataSource;

    @Test
    void everyJsonWriteEndpointWithstandsTheCorpus() {
        BadInputProbe probe = new BadInputProbe(dataSource);
        for (WriteEndpoints.Endpoint e : WriteEndpoints.fromOpenApi()) {
            probe.probe(e.method(), e.path(), everyRole, e.plausibleBody());
        }
        assertTrue(probe.endpoints() >= 1, "found the write endpoints in the OpenAPI document");
        probe.assertNoViolations();
    }
}
