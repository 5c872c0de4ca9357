package nl.zvh.coveca.cases;

import static nl.zvh.coveca.cases.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Escalation of a case: escalating goes above the current AVE level, de-escalating below it; scaling down to regular
 * care names no level and leaves the levels.
 */
class EscalationMovesAlongTheAveLevelsTest {

    @Test
    void escalatingGoesUpAndDeEscalatingGoesDown() {
        CovecaCase c = CaseRulesForTests.openCase();

        c.escalate(Direction.ESCALATE, AveLevel.PROCESS);
        assertEquals(AveLevel.PROCESS, c.escalationLevel());
        assertInvalid("level", () -> c.escalate(Direction.ESCALATE, AveLevel.PROCESS));
        assertInvalid("level", () -> c.escalate(Direction.ESCALATE, AveLevel.CASE));
        c.escalate(Direction.ESCALATE, AveLevel.ADMINISTRATIVE);
        assertInvalid("level", () -> c.escalate(Direction.DE_ESCALATE, AveLevel.ADMINISTRATIVE));
        c.escalate(Direction.DE_ESCALATE, AveLevel.CASE);

        assertEquals(AveLevel.CASE, c.escalationLevel());
    }

    @Test
    void aStepUpOrDownNamesItsLevel() {
        CovecaCase c = CaseRulesForTests.openCase();

        assertInvalid("level", () -> c.escalate(Direction.ESCALATE, null));
        assertInvalid("level", () -> c.escalate(Direction.DE_ESCALATE, null));
        assertNull(c.escalationLevel());
    }

    @Test
    void aCaseThatIsNotEscalatedCannotBeDeEscalated() {
        CovecaCase c = CaseRulesForTests.openCase();

        assertInvalid("level", () -> c.escalate(Direction.DE_ESCALATE, AveLevel.CASE));
    }

    @Test
    void scalingDownToRegularCareLeavesTheLevelsWithoutNamingOne() {
        CovecaCase c = CaseRulesForTests.openCase();
        c.escalate(Direction.ESCALATE, AveLevel.MANAGEMENT);

        assertInvalid("level", () -> c.escalate(Direction.SCALE_DOWN_TO_REGULAR_CARE, AveLevel.CASE));
        c.escalate(Direction.SCALE_DOWN_TO_REGULAR_CARE, null);

        assertNull(c.escalationLevel());
    }
}
