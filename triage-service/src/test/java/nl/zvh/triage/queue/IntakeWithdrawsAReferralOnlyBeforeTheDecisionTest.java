package nl.zvh.triage.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Intake's withdrawal takes a waiting referral off the queue; a repeated withdrawal changes nothing; a referral the
 * table already decided keeps its decision (its retention follows the decision, not the withdrawal).
 */
class IntakeWithdrawsAReferralOnlyBeforeTheDecisionTest {
    private static final Instant WITHDRAWN = Instant.parse("2026-11-24T08:00:00Z");

    @Test
    void aWaitingReferralIsWithdrawnAtTheMomentIntakeGave() {
        TriageReferral referral = SubmittedReferrals.waiting();

        referral.withdraw(WITHDRAWN);

        assertEquals(QueueStatus.WITHDRAWN, referral.status());
        assertEquals(WITHDRAWN, referral.withdrawnAt());
    }

    @Test
    void aSecondWithdrawalKeepsTheFirstMoment() {
        TriageReferral referral = SubmittedReferrals.waiting();
        referral.withdraw(WITHDRAWN);

        referral.withdraw(WITHDRAWN.plusSeconds(600));

        assertEquals(QueueStatus.WITHDRAWN, referral.status());
        assertEquals(WITHDRAWN, referral.withdrawnAt());
    }

    @Test
    void aDecidedReferralIsNotWithdrawn() {
        TriageReferral referral = SubmittedReferrals.decided();

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> referral.withdraw(WITHDRAWN));
        assertEquals("The referral is DECIDED; it can no longer be withdrawn", refused.getMessage());
        assertEquals(QueueStatus.DECIDED, referral.status());
        assertNull(referral.withdrawnAt());
    }
}
