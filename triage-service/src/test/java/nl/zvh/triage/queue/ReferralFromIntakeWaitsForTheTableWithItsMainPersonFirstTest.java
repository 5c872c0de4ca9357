package nl.zvh.triage.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A referral intake submitted arrives on the queue waiting for the table, its main person first. */
class ReferralFromIntakeWaitsForTheTableWithItsMainPersonFirstTest {

    @Test
    void aReceivedReferralWaitsAndKeepsWhatIntakeSubmitted() {
        TriageReferral referral = SubmittedReferrals.waiting();

        assertEquals(QueueStatus.WAITING, referral.status());
        assertTrue(referral.isWaiting());
        assertFalse(referral.isErased());
        assertNull(referral.withdrawnAt());
        assertEquals(SubmittedReferrals.RECEIVED, referral.receivedAt());
        assertEquals(List.of("DOMESTIC_VIOLENCE"), referral.problemAreas());
        assertEquals("markiezaten", referral.house());
    }

    @Test
    void thePersonsKeepTheirOrderWithTheMainPersonFirst() {
        TriageReferral referral = SubmittedReferrals.waiting();

        assertEquals(List.of("Jan van der Berg", "Fatima El Amrani"),
                referral.persons().stream().map(TriagePerson::fullName).toList());
        assertEquals("Jan van der Berg", referral.mainPerson().orElseThrow().fullName());
        assertEquals("111222333", referral.mainPerson().orElseThrow().identity().bsn());
        TriagePerson partner = referral.persons().get(1);
        assertEquals("PARTNER", partner.relation());
        assertEquals(partner, referral.person(partner.personId()).orElseThrow());
    }

    @Test
    void thePersonListCannotBeChangedFromOutside() {
        TriageReferral referral = SubmittedReferrals.waiting();

        assertThrows(UnsupportedOperationException.class, () -> referral.persons().clear());
        assertEquals(2, referral.persons().size());
    }
}
