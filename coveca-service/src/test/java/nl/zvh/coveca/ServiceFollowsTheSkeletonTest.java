package nl.zvh.coveca;

import nl.zvh.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The service keeps the shape of a programme service (docs/programme-service.md), checked on its classes. */
class ServiceFollowsTheSkeletonTest {

    @Test
    void servicePackagesFollowTheProgrammeServiceSkeleton() {
        ServiceArchitecture.verify("nl.zvh.coveca");
    }
}
