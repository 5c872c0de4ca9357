package nl.zvh.gateway.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsrfGuardTest {

    private static final String OWN = "https://zvh.example.nl";
    private static final String SESSION = "q_session=abc; theme=dark";

    @Test
    void safeMethodsAreNeverChecked() {
        assertTrue(CsrfGuard.allowed("GET", null, SESSION, OWN, "https://evil.example", null));
        assertTrue(CsrfGuard.allowed("HEAD", null, SESSION, OWN, null, null));
    }

    @Test
    void bearerRequestsAreNotCookieSessionsAndPass() {
        assertTrue(CsrfGuard.allowed("POST", "Bearer x.y.z", SESSION, OWN, "https://evil.example", null));
    }

    @Test
    void requestsWithoutSessionCookieHaveNoAmbientAuthorityAndPass() {
        assertTrue(CsrfGuard.allowed("POST", null, "theme=dark", OWN, "https://evil.example", null));
        assertTrue(CsrfGuard.allowed("POST", null, null, OWN, null, null));
    }

    @Test
    void sessionPostsMustComeFromOurOwnOrigin() {
        assertTrue(CsrfGuard.allowed("POST", null, SESSION, OWN, "https://zvh.example.nl", null));
        assertTrue(CsrfGuard.allowed("PUT", null, SESSION, OWN, "https://ZVH.example.nl:443", null));
        assertFalse(CsrfGuard.allowed("POST", null, SESSION, OWN, "https://evil.example", null));
        assertFalse(CsrfGuard.allowed("PATCH", null, SESSION, OWN, "http://zvh.example.nl", null));
        assertFalse(CsrfGuard.allowed("DELETE", null, SESSION, OWN, "https://zvh.example.nl.evil.example", null));
        assertFalse(CsrfGuard.allowed("POST", null, SESSION, OWN, "null", null));
    }

    @Test
    void refererIsTheFallbackWhenOriginIsMissing() {
        assertTrue(CsrfGuard.allowed("POST", null, SESSION, OWN, null, "https://zvh.example.nl/coveca/ui/cases"));
        assertFalse(CsrfGuard.allowed("POST", null, SESSION, OWN, null, "https://evil.example/zvh.example.nl"));
        assertFalse(CsrfGuard.allowed("POST", null, SESSION, OWN, null, null));
    }

    @Test
    void chunkedSessionCookiesCount() {
        assertFalse(CsrfGuard.allowed("POST", null, "q_session_chunk_1=a", OWN, "https://evil.example", null));
    }
}
