package nl.zvh.coveca.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import org.junit.jupiter.api.function.Executable;

/** Asserts how the case refuses a transition: 409, or 400 naming the field, as the API answers it. */
final class Refusals {
    private Refusals() {
    }

    static void assertConflict(Executable transition) {
        ProblemException refused = assertThrows(ProblemException.class, transition);
        assertEquals(409, refused.problem().status(), refused.getMessage());
    }

    static void assertInvalid(String field, Executable transition) {
        ProblemException refused = assertThrows(ProblemException.class, transition);
        assertEquals(400, refused.problem().status(), refused.getMessage());
        assertEquals(List.of(field), refused.problem().errors().stream().map(Problem.FieldError::field).toList());
    }
}
