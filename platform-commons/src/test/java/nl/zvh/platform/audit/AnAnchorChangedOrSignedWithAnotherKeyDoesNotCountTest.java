package nl.zvh.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An audit chain anchor counts only when its HMAC holds under the service's key: whoever can write the anchor topic
 * but does not hold the key cannot move an anchored position or hash, nor sign a new anchor.
 */
class AnAnchorChangedOrSignedWithAnotherKeyDoesNotCountTest {
    private static final String KEY = "the-service-key";
    private static final String HASH = "ab".repeat(32);
    private static final Instant AT = Instant.parse("2026-12-06T10:15:30.123Z");

    @Test
    void aSignedAnchorSurvivesTheTopicAndHoldsUnderItsKeyOnly() {
        AuditAnchor anchor = AuditAnchor.sign(KEY, "coveca-service", 42, HASH, AT);
        AuditAnchor read = AuditAnchor.fromJson(anchor.toJson());
        assertEquals(anchor, read);
        assertTrue(read.signedWith(KEY));
        assertFalse(read.signedWith("another-key"));
    }

    @Test
    void changingThePositionHashServiceOrTimeBreaksTheSignature() {
        AuditAnchor a = AuditAnchor.sign(KEY, "coveca-service", 42, HASH, AT);
        assertFalse(new AuditAnchor(a.service(), 41, a.hash(), a.signedAt(), a.mac()).signedWith(KEY));
        assertFalse(new AuditAnchor(a.service(), 42, "cd".repeat(32), a.signedAt(), a.mac()).signedWith(KEY));
        assertFalse(new AuditAnchor("triage-service", 42, a.hash(), a.signedAt(), a.mac()).signedWith(KEY));
        assertFalse(new AuditAnchor(a.service(), 42, a.hash(), AT.plusSeconds(1), a.mac()).signedWith(KEY));
        assertFalse(new AuditAnchor(a.service(), 42, a.hash(), a.signedAt(), null).signedWith(KEY));
    }

    @Test
    void aRecordThatIsNoAnchorIsLeftOut() {
        assertNull(AuditAnchor.fromJson("not json"));
        assertNull(AuditAnchor.fromJson("{\"service\":\"coveca-service\",\"sequence\":1}"));
    }
}
