package nl.zvh.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionCookiesTest {

    @Test
    void gatewayCookiesAreRemovedOthersKept() {
        assertEquals("theme=dark; lang=nl",
                SessionCookies.stripOwn("q_session=a; theme=dark; q_auth_42=b;q_session_chunk_1=c; lang=nl"));
        assertNull(SessionCookies.stripOwn("q_session=a; q_post_logout=x"));
        assertNull(SessionCookies.stripOwn(null));
    }

    @Test
    void detectsSessionCookies() {
        assertTrue(SessionCookies.hasSessionCookie("theme=dark; q_session=a"));
        assertFalse(SessionCookies.hasSessionCookie("theme=dark; my_q_session=a"));
        assertFalse(SessionCookies.hasSessionCookie(null));
    }
}
