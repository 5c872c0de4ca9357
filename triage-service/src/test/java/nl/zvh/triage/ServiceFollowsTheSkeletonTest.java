package nl.zvh.triage;

import nl.zvh.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** Triage has the shape of every programme service (docs/programme-service.md), checked on its main classes. */
class ServiceFollowsTheSkeletonTest {

    @Test
    void servicePackagesFollowTheProgrammeServiceSkeleton() {
        ServiceArchitecture.verify("nl.zvh.triage");
    }
}
