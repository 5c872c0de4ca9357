package nl.zvh.coveca.cases;

import static nl.zvh.coveca.cases.CaseRulesForTests.NOW;
import static nl.zvh.coveca.cases.CaseRulesForTests.closure;
import static nl.zvh.coveca.cases.Refusals.assertConflict;
import static nl.zvh.coveca.cases.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Closing: moved out of region names the receiving municipality and no other reason does; a closing meeting must be
 * the case's; in a four-eyes house the closure waits for a second person's approval.
 */
class ClosureNeedsItsReasonAndInFourEyesHousesASecondPersonTest {

    @Test
    void movedOutOfRegionNeedsTheReceivingMunicipality() {
        CovecaCase c = CaseRulesForTests.openCase();

        assertInvalid("receivingMunicipality",
                () -> c.requestClosure(closure(ClosureReason.MOVED_OUT_OF_REGION, " "), false, "pd-1", NOW, false));
        assertTrue(c.isOpen());

        assertTrue(
                c.requestClosure(closure(ClosureReason.MOVED_OUT_OF_REGION, "Rotterdam"), false, "pd-1", NOW, false));
        assertEquals(CaseStatus.CLOSED, c.status());
        assertEquals(NOW, c.closedAt());
        assertEquals("Rotterdam", c.closure().receivingMunicipality());
    }

    @Test
    void onlyMovedOutOfRegionNamesAReceivingMunicipality() {
        CovecaCase c = CaseRulesForTests.openCase();

        assertInvalid("receivingMunicipality",
                () -> c.requestClosure(closure(ClosureReason.STABLE, "Rotterdam"), false, "pd-1", NOW, false));
        assertTrue(c.isOpen());
    }

    @Test
    void theClosingMeetingMustBeOneOfTheCase() {
        CovecaCase c = CaseRulesForTests.openCase();
        UUID meeting = UUID.randomUUID();
        CaseRequests.Closure withMeeting = new CaseRequests.Closure(ClosureReason.STABLE, null, "Warm", meeting);

        assertInvalid("closingMeetingId", () -> c.requestClosure(withMeeting, false, "pd-1", NOW, false));
        c.requestClosure(withMeeting, true, "pd-1", NOW, false);
        assertEquals(meeting, c.closure().closingMeetingId());
        assertEquals("Warm", c.closure().note());
    }

    @Test
    void inAFourEyesHouseASecondPersonApprovesTheClosure() {
        CovecaCase c = CaseRulesForTests.openCase();
        Instant later = NOW.plusSeconds(60);

        assertFalse(c.requestClosure(closure(ClosureReason.STABLE, null), false, "pd-1", NOW, true));
        assertEquals(CaseStatus.CLOSURE_REQUESTED, c.status());
        assertNull(c.closedAt());
        assertEquals("pd-1", c.closure().requestedBy());
        assertConflict(() -> c.approveClosure("pd-1", later));
        assertEquals(CaseStatus.CLOSURE_REQUESTED, c.status());

        c.approveClosure("pd-2", later);

        assertEquals(CaseStatus.CLOSED, c.status());
        assertEquals(later, c.closedAt());
    }

    @Test
    void withoutARequestedClosureThereIsNothingToApprove() {
        CovecaCase c = CaseRulesForTests.openCase();

        assertConflict(() -> c.approveClosure("pd-2", NOW));
        c.requestClosure(closure(ClosureReason.STABLE, null), false, "pd-1", NOW, false);
        assertConflict(() -> c.approveClosure("pd-2", NOW));
    }
}
