package nl.zvh.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Thrown by services for a client error they detect in business rules (e.g. "municipality is not one of this
 * house's"), rendered as a problem response naming the field.
 */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.validation(List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, what + " not found"));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(Response.Status.CONFLICT, detail));
    }

    public Problem problem() {
        return problem;
    }
}
