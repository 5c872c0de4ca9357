package nl.zvh.triage.queue;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * While a referral waits for the table it may go on (or move between) agendas, be scored and have its familiarity
 * checks answered; once the table decided or intake withdrew it, each is refused with the rule's words.
 */
class OnlyAWaitingReferralIsScheduledScoredOrCheckedTest {

    @Test
    void aWaitingReferralMayBeScheduledScoredAndChecked() {
        TriageReferral referral = SubmittedReferrals.waiting();

        assertDoesNotThrow(referral::requireSchedulable);
        assertDoesNotThrow(referral::requireScorable);
        assertDoesNotThrow(referral::requireOpenForChecks);
        assertEquals(QueueStatus.WAITING, referral.status());
    }

    @Test
    void aDecidedReferralIsNotScheduledAgain() {
        TriageReferral referral = SubmittedReferrals.decided();

        IllegalStateException refused = assertThrows(IllegalStateException.class, referral::requireSchedulable);
        assertEquals("Only referrals waiting for triage can be scheduled; this one is DECIDED", refused.getMessage());
    }

    @Test
    void aWithdrawnReferralIsNotScheduled() {
        TriageReferral referral = SubmittedReferrals.withdrawn();

        IllegalStateException refused = assertThrows(IllegalStateException.class, referral::requireSchedulable);
        assertEquals("Only referrals waiting for triage can be scheduled; this one is WITHDRAWN", refused.getMessage());
    }

    @Test
    void aDecidedReferralCanNoLongerBeScored() {
        TriageReferral referral = SubmittedReferrals.decided();

        IllegalStateException refused = assertThrows(IllegalStateException.class, referral::requireScorable);
        assertEquals("The referral is DECIDED; it can no longer be scored", refused.getMessage());
    }

    @Test
    void aWithdrawnReferralTakesNoMoreCheckAnswers() {
        TriageReferral referral = SubmittedReferrals.withdrawn();

        IllegalStateException refused = assertThrows(IllegalStateException.class, referral::requireOpenForChecks);
        assertEquals("The table has already dealt with this referral (WITHDRAWN)", refused.getMessage());
    }
}
