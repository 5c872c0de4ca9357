package nl.zvh.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class UpstreamPathTest {

    @Test
    void stripsTheProgrammePrefix() {
        assertEquals("/api/referrals", UpstreamPath.of("/intake/api/referrals", "/intake"));
        assertEquals("/ui/", UpstreamPath.of("/triage/ui/", "/triage"));
        assertEquals("/", UpstreamPath.of("/intake", "/intake"));
    }

    @Test
    void versionOneIsTheServicesApiAndOtherVersionsDoNotExist() {
        assertEquals("/api/referrals/7", UpstreamPath.of("/intake/api/v1/referrals/7", "/intake"));
        assertEquals("/api", UpstreamPath.of("/intake/api/v1", "/intake"));
        assertNull(UpstreamPath.of("/intake/api/v2/referrals", "/intake"));
        assertEquals("/api/v1beta", UpstreamPath.of("/intake/api/v1beta", "/intake"), "not a version segment");
    }

    @Test
    void refusesManagementAndForeignPaths() {
        assertNull(UpstreamPath.of("/intake/q/health", "/intake"));
        assertNull(UpstreamPath.of("/intake/q/openapi", "/intake"));
        assertNull(UpstreamPath.of("/intake/q/metrics", "/intake"));
        assertNull(UpstreamPath.of("/intake/q", "/intake"));
        assertNull(UpstreamPath.of("/intakes/api", "/intake"));
        assertEquals("/quotes", UpstreamPath.of("/intake/quotes", "/intake"));
    }

    @Test
    void timeoutsAre504OtherFailures502() {
        assertEquals(504, UpstreamFailure.status(new TimeoutException("idle")));
        assertEquals(504, UpstreamFailure.status(new io.netty.channel.ConnectTimeoutException("connect")));
        assertEquals(502, UpstreamFailure.status(new ConnectException("refused")));
    }
}
