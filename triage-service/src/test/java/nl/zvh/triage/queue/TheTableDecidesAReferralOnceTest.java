package nl.zvh.triage.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.zvh.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The table decides a waiting referral once; a second decision, or one on a withdrawn referral, is refused. */
class TheTableDecidesAReferralOnceTest {

    @Test
    void aWaitingReferralIsDecided() {
        TriageReferral referral = SubmittedReferrals.waiting();

        referral.decide();

        assertEquals(QueueStatus.DECIDED, referral.status());
        assertFalse(referral.isWaiting());
    }

    @Test
    void aDecidedReferralCannotBeDecidedAgain() {
        TriageReferral referral = SubmittedReferrals.decided();

        IllegalStateException refused = assertThrows(IllegalStateException.class, referral::decide);
        assertEquals("The referral is DECIDED; it cannot be decided again", refused.getMessage());
        assertEquals(QueueStatus.DECIDED, referral.status());
    }

    @Test
    void theRefusalReachesTheChairAsAConflictInTheRulesWords() {
        TriageReferral referral = SubmittedReferrals.decided();

        ProblemException refused = assertThrows(ProblemException.class, () -> Referrals.enforce(referral::decide));
        assertEquals(409, refused.problem().status());
        assertEquals("The referral is DECIDED; it cannot be decided again", refused.problem().detail());
    }

    @Test
    void aWithdrawnReferralCannotBeDecided() {
        TriageReferral referral = SubmittedReferrals.withdrawn();

        IllegalStateException refused = assertThrows(IllegalStateException.class, referral::decide);
        assertEquals("The referral is WITHDRAWN; it cannot be decided again", refused.getMessage());
        assertEquals(QueueStatus.WITHDRAWN, referral.status());
    }
}
