package nl.zvh.intake;

import nl.zvh.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** Intake has the shape of every programme service (docs/programme-service.md), checked on its compiled classes. */
class ServiceFollowsTheSkeletonTest {

    @Test
    void servicePackagesFollowTheProgrammeServiceSkeleton() {
        ServiceArchitecture.verify("nl.zvh.intake");
    }
}
