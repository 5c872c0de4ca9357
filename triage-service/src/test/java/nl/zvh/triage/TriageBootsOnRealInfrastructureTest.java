package nl.zvh.triage;

import io.quarkus.test.junit.QuarkusTest;
import nl.zvh.platform.testing.ServiceBootsOnRealInfrastructure;

@QuarkusTest
class TriageBootsOnRealInfrastructureTest extends ServiceBootsOnRealInfrastructure {
    @Override
    protected String protectedPath() {
        return "/api/triage/queue";
    }
}
