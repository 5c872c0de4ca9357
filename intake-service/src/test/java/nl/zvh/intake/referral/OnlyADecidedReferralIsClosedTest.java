package nl.zvh.intake.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Plain unit test of {@link Referral}: closing needs the decision; a closed or withdrawn one takes no attachments. */
class OnlyADecidedReferralIsClosedTest {
    private static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");

    @Test
    void aDecidedReferralIsClosed() {
        Referral referral = Drafts.decided();

        referral.close(NOW);

        assertEquals(ReferralStatus.CLOSED, referral.status());
        assertEquals(NOW, referral.closedAt());
    }

    @Test
    void beforeTheDecisionItIsNotClosed() {
        Referral referral = Drafts.submitted();

        ReferralStateConflict refused = assertThrows(ReferralStateConflict.class, () -> referral.close(NOW));

        assertEquals("Only a decided referral can be closed; it is SUBMITTED", refused.getMessage());
        assertNull(referral.closedAt());
    }

    @Test
    void aClosedReferralIsNotClosedAgain() {
        Referral referral = Drafts.decided();
        referral.close(NOW);

        assertThrows(ReferralStateConflict.class, () -> referral.close(NOW.plusSeconds(60)));

        assertEquals(NOW, referral.closedAt());
    }

    @Test
    void filesAreAttachedUntilItIsWithdrawnOrClosed() {
        Referral decided = Drafts.decided();
        Referral withdrawn = Drafts.draft();
        withdrawn.withdraw(null, NOW);

        assertTrue(Drafts.draft().acceptsAttachments());
        assertTrue(decided.acceptsAttachments());
        decided.close(NOW);
        assertFalse(decided.acceptsAttachments());
        assertFalse(withdrawn.acceptsAttachments());
    }
}
