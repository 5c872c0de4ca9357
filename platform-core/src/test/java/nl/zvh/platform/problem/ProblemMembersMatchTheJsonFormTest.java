package nl.zvh.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gateway writes problems from members(): the same members, in the same order, as the services' JSON. */
class ProblemMembersMatchTheJsonFormTest {
    @Test
    void emptyMembersAreLeftOutAndFieldErrorsNamed() {
        Problem problem = new Problem(Problem.TYPE_BASE + "invalid-request", "Bad Request", 400, "Give a bsn.", null,
                "abc-1", List.of(new Problem.FieldError("bsn", "give a valid bsn")));
        assertEquals(List.of("type", "title", "status", "detail", "correlationId", "errors"),
                List.copyOf(problem.members().keySet()));
        assertEquals(List.of(Map.of("field", "bsn", "message", "give a valid bsn")), problem.members().get("errors"));
    }
}
