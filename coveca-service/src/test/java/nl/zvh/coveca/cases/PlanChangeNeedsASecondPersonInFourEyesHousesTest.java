package nl.zvh.coveca.cases;

import static nl.zvh.coveca.cases.Refusals.assertConflict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The action plan's versions: every change raises the version; elsewhere a change counts as approved at once, in a
 * four-eyes house only after a second person approved it.
 */
class PlanChangeNeedsASecondPersonInFourEyesHousesTest {

    @Test
    void withoutFourEyesEveryChangeIsApproved() {
        CovecaCase c = CaseRulesForTests.openCase();

        assertEquals(1, c.planChanged("pd-1", false));
        assertEquals(2, c.planChanged("pd-1", false));

        assertTrue(c.plan().isApproved());
        assertEquals(2, c.plan().approvedVersion());
        assertConflict(() -> c.approvePlan("pd-2"));
    }

    @Test
    void inAFourEyesHouseASecondPersonApprovesTheChangedPlan() {
        CovecaCase c = CaseRulesForTests.openCase();

        c.planChanged("pd-1", true);
        assertFalse(c.plan().isApproved());
        assertConflict(() -> c.approvePlan("pd-1"));

        c.approvePlan("pd-2");

        assertTrue(c.plan().isApproved());
        assertEquals(1, c.plan().approvedVersion());
        assertConflict(() -> c.approvePlan("pd-3"));
    }
}
