package nl.zvh.coveca.cases;

import static nl.zvh.coveca.cases.CaseRulesForTests.NOW;
import static nl.zvh.coveca.cases.CaseRulesForTests.closure;
import static nl.zvh.coveca.cases.CaseRulesForTests.partner;
import static nl.zvh.coveca.cases.CaseRulesForTests.person;
import static nl.zvh.coveca.cases.Refusals.assertConflict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A closed case takes no changes (409) until it is reopened with a reason; an open case cannot be reopened. */
class ClosedCaseChangesOnlyByReopeningTest {

    @Test
    void aClosedCaseRefusesEveryChange() {
        CovecaCase c = closedCase();

        assertConflict(c::requireOpen);
        assertConflict(() -> c.addPerson(person(null, PersonRole.SYSTEM_MEMBER, "Sanne", null, "Vries"), NOW));
        assertConflict(() -> c.involve(partner("GGZ"), NOW));
        assertConflict(() -> c.directedBy(new ProcessDirector("pd-2", "pd.two", null)));
        assertConflict(() -> c.escalate(Direction.ESCALATE, AveLevel.CASE));
        assertConflict(() -> c.planChanged("pd-1", false));
        assertConflict(() -> c.requestClosure(closure(ClosureReason.STABLE, null), false, "pd-1", NOW, false));
    }

    @Test
    void reopeningKeepsThePreviousReasonAndOpensTheCaseAgain() {
        CovecaCase c = closedCase();
        Instant later = NOW.plusSeconds(3600);

        CaseReopening reopening = c.reopen("pd-2", "  Teruggekeerd in de regio ", later);

        assertEquals("Teruggekeerd in de regio", reopening.reason());
        assertEquals(ClosureReason.DETAINED, reopening.previousClosureReason());
        assertTrue(c.isOpen());
        assertNull(c.closedAt());
        assertNull(c.closure().reason());
        assertNull(c.closure().requestedBy());
        c.involve(partner("GGZ"), later);
        assertTrue(c.involves("GGZ"), "an open case takes changes again");
    }

    @Test
    void anOpenCaseCannotBeReopened() {
        CovecaCase c = CaseRulesForTests.openCase();

        assertConflict(() -> c.reopen("pd-1", "nogmaals", NOW));
    }

    @Test
    void aClosureWaitingForApprovalCanBeReopened() {
        CovecaCase c = CaseRulesForTests.openCase();
        c.requestClosure(closure(ClosureReason.STABLE, null), false, "pd-1", NOW, true);

        c.reopen("pd-2", "toch niet", NOW);

        assertTrue(c.isOpen());
    }

    private static CovecaCase closedCase() {
        CovecaCase c = CaseRulesForTests.openCase();
        c.requestClosure(closure(ClosureReason.DETAINED, null), false, "pd-1", NOW, false);
        return c;
    }
}
