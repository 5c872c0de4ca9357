package nl.zvh.trafficking;

import nl.zvh.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The service keeps the programme-service skeleton (docs/programme-service.md): packages, edges, no cycles. */
class ServiceFollowsTheSkeletonTest {

    @Test
    void servicePackagesFollowTheProgrammeServiceSkeleton() {
        ServiceArchitecture.verify("nl.zvh.trafficking");
    }
}
