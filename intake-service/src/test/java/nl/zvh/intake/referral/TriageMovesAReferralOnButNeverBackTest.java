package nl.zvh.intake.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Plain unit test of {@link Referral}: triage puts a submitted referral on its agenda and decides it; a late schedule
 * does not undo a decision, and nothing moves a draft, a withdrawn or a closed referral.
 */
class TriageMovesAReferralOnButNeverBackTest {
    private static final LocalDate SESSION = LocalDate.of(2026, 3, 12);

    @Test
    void aSubmittedReferralGoesOnTheAgendaAndMovesWithTheSession() {
        Referral referral = Drafts.submitted();

        assertTrue(referral.putOnAgenda(SESSION));
        assertEquals(ReferralStatus.ON_AGENDA, referral.status());
        assertEquals(SESSION, referral.agendaDate());

        assertFalse(referral.putOnAgenda(SESSION), "the same date again changes nothing");
        assertTrue(referral.putOnAgenda(SESSION.plusWeeks(1)), "moved to a later session");
        assertEquals(SESSION.plusWeeks(1), referral.agendaDate());
    }

    @Test
    void aDecisionRecordsOutcomeProgrammeAndAdvice() {
        Referral referral = Drafts.submitted();
        referral.putOnAgenda(SESSION);
        Decision approach = new Decision(Instant.parse("2026-03-12T15:00:00Z"), "APPROACH_STARTED", "COVECA", null);

        referral.decide(approach);

        assertEquals(ReferralStatus.DECIDED, referral.status());
        assertEquals("APPROACH_STARTED", referral.decision().outcome());
        assertEquals("COVECA", referral.decision().programme());
        assertEquals(SESSION, referral.agendaDate(), "the session it was decided in stays");
    }

    @Test
    void aLaterDecisionReplacesTheEarlierOne() {
        Referral referral = Drafts.decided();
        Decision revised = new Decision(Instant.parse("2026-03-19T15:00:00Z"), "NO_ACTION", null, null);

        referral.decide(revised);

        assertEquals("NO_ACTION", referral.decision().outcome());
        assertNull(referral.decision().advice());
    }

    @Test
    void aLateScheduleDoesNotUndoTheDecision() {
        Referral referral = Drafts.decided();

        assertFalse(referral.schedulable());
        assertThrows(ReferralStateConflict.class, () -> referral.putOnAgenda(SESSION));

        assertEquals(ReferralStatus.DECIDED, referral.status());
        assertNull(referral.agendaDate());
    }

    @Test
    void triageDoesNotMoveADraftAWithdrawnOrAClosedReferral() {
        Referral draft = Drafts.draft();
        Referral withdrawn = Drafts.submitted();
        withdrawn.withdraw(null, Instant.now());
        Referral closed = Drafts.decided();
        closed.close(Instant.now());

        for (Referral referral : new Referral[]{draft, withdrawn, closed}) {
            ReferralStatus before = referral.status();
            assertFalse(referral.schedulable(), before + " is not schedulable");
            assertFalse(referral.decidable(), before + " is not decidable");
            assertThrows(ReferralStateConflict.class, () -> referral.putOnAgenda(SESSION));
            assertThrows(ReferralStateConflict.class, () -> referral.decide(Drafts.advice()));
            assertEquals(before, referral.status());
        }
    }
}
