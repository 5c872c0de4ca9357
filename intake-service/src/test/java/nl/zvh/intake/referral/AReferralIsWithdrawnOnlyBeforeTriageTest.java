package nl.zvh.intake.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Plain unit test of {@link Referral}: the referrer withdraws a draft or a submitted referral, never later. */
class AReferralIsWithdrawnOnlyBeforeTriageTest {
    private static final Instant NOW = Instant.parse("2026-03-05T10:00:00Z");

    @Test
    void aWithdrawnDraftIsNewsToNobody() {
        Referral referral = Drafts.draft();

        assertFalse(referral.withdraw("filed by mistake", NOW), "triage never had a draft");

        assertEquals(ReferralStatus.WITHDRAWN, referral.status());
        assertEquals(NOW, referral.withdrawnAt());
        assertEquals("filed by mistake", referral.withdrawnReason());
    }

    @Test
    void aWithdrawnSubmittedReferralIsNewsToTriage() {
        Referral referral = Drafts.submitted();

        assertTrue(referral.withdraw(null, NOW), "triage had it and must hear of the withdrawal");

        assertEquals(ReferralStatus.WITHDRAWN, referral.status());
    }

    @Test
    void onceOnTheAgendaOrDecidedItIsNotWithdrawn() {
        Referral onAgenda = Drafts.submitted();
        onAgenda.putOnAgenda(LocalDate.of(2026, 3, 12));
        Referral decided = Drafts.decided();

        ReferralStateConflict refused = assertThrows(ReferralStateConflict.class, () -> onAgenda.withdraw(null, NOW));
        assertThrows(ReferralStateConflict.class, () -> decided.withdraw(null, NOW));

        assertEquals("A referral can only be withdrawn before triage; it is ON_AGENDA", refused.getMessage());
        assertEquals(ReferralStatus.ON_AGENDA, onAgenda.status());
        assertEquals(ReferralStatus.DECIDED, decided.status());
    }

    @Test
    void aWithdrawnReferralIsNotWithdrawnAgain() {
        Referral referral = Drafts.submitted();
        referral.withdraw("first", NOW);

        assertThrows(ReferralStateConflict.class, () -> referral.withdraw("second", NOW.plusSeconds(1)));

        assertEquals("first", referral.withdrawnReason());
        assertEquals(NOW, referral.withdrawnAt());
    }
}
