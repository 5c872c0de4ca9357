package nl.zvh.trafficking.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import nl.zvh.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The decision rule of a signal, on the entity itself: advice needs its text, and a signal is decided once. */
class SignalIsDecidedOnceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void adviceNeedsTheAdviceText() {
        Signal signal = new Signal();
        ProblemException refused = assertThrows(ProblemException.class,
                () -> signal.decide(Outcome.ADVICE, " ", TODAY));
        assertEquals("advice", refused.problem().errors().get(0).field());
        assertNull(signal.outcome);
        signal.decide(Outcome.ADVICE, "Refer to the municipality's care team", TODAY);
        assertEquals(Outcome.ADVICE, signal.outcome);
        assertEquals(TODAY, signal.outcomeOn);
        assertEquals("Refer to the municipality's care team", signal.advice);
    }

    @Test
    void aSecondDecisionIsAConflict() {
        Signal signal = new Signal();
        signal.decide(Outcome.COORDINATED_APPROACH, null, TODAY);
        assertNull(signal.advice);
        assertEquals(409, assertThrows(ProblemException.class, () -> signal.decide(Outcome.ADVICE, "too late", TODAY))
                .problem().status());
        assertEquals(Outcome.COORDINATED_APPROACH, signal.outcome);
    }
}
