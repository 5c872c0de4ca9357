package nl.zvh.intake;

import io.quarkus.test.junit.QuarkusTest;
import nl.zvh.platform.testing.ServiceBootsOnRealInfrastructure;

@QuarkusTest
class IntakeBootsOnRealInfrastructureTest extends ServiceBootsOnRealInfrastructure {
    @Override
    protected String protectedPath() {
        return "/api/referrals";
    }
}
