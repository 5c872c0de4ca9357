package nl.zvh.coveca.cases;

import static nl.zvh.coveca.cases.Refusals.assertConflict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * In a four-eyes house a second person may refuse a changed plan or a requested closure: a refused plan version waits
 * for a new change (it can be neither approved nor refused again), the next change waits for approval again; a
 * refused closure leaves the case open without its closure. Whoever changed or asked may not refuse.
 */
class RefusalNeedsASecondPersonAndWaitsForANewChangeTest {

    @Test
    void aRefusedPlanWaitsForANewChange() {
        CovecaCase c = CaseRulesForTests.openCase();
        c.planChanged("pd-1", true);
        assertConflict(() -> c.rejectPlan("pd-1"));

        c.rejectPlan("pd-2");

        assertTrue(c.plan().isRejected());
        assertFalse(c.plan().waitsForApproval());
        assertConflict(() -> c.approvePlan("pd-2"));
        assertConflict(() -> c.rejectPlan("pd-3"));
        c.planChanged("pd-1", true);
        assertTrue(c.plan().waitsForApproval());
        c.approvePlan("pd-2");
        assertTrue(c.plan().isApproved());
        assertEquals(2, c.plan().approvedVersion());
        assertConflict(() -> c.rejectPlan("pd-2"));
    }

    @Test
    void aRefusedClosureLeavesTheCaseOpen() {
        CovecaCase c = CaseRulesForTests.openCase();
        assertConflict(() -> c.refuseClosure("pd-2"));
        c.requestClosure(CaseRulesForTests.closure(ClosureReason.STABLE, null), false, "pd-1", CaseRulesForTests.NOW,
                true);
        assertConflict(() -> c.refuseClosure("pd-1"));

        c.refuseClosure("pd-2");

        assertEquals(CaseStatus.OPEN, c.status());
        assertTrue(c.isOpen());
        assertConflict(() -> c.approveClosure("pd-2", CaseRulesForTests.NOW));
    }
}
