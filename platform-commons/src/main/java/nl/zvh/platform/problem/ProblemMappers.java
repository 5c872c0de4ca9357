package nl.zvh.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import nl.zvh.platform.failure.DatabaseFailures;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every exception that reaches the REST layer to a problem response. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = 1)
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(FieldPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
        return Problem.validation(errors).toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response validation(ValidationException e) {
        LOG.warn("validation could not run", e);
        return Problem.of(500, "Internal Server Error", "The request could not be validated", List.of()).toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownField(UnrecognizedPropertyException e) {
        return Problem.validation(List.of(new Problem.FieldError(FieldPaths.of(e), "unknown field"))).toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongFormat(InvalidFormatException e) {
        String message = "has the wrong format" + (e.getTargetType() != null && e.getTargetType().isEnum()
                ? "; allowed: " + List.of(e.getTargetType().getEnumConstants())
                : "");
        return Problem.validation(List.of(new Problem.FieldError(FieldPaths.of(e), message))).toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e) {
        String field = FieldPaths.of(e);
        if (field.isEmpty()) {
            return Problem
                    .of(400, "Bad Request", "The request body is missing or is not the expected JSON object", List.of())
                    .toResponse();
        }
        return Problem.validation(List.of(new Problem.FieldError(field, "has the wrong type"))).toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response otherMapping(JsonMappingException e) {
        String field = FieldPaths.of(e);
        return Problem.validation(List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, "cannot be read")))
                .toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonProcessingException e) {
        return Problem.of(400, "Bad Request", "The request body is not well-formed JSON", List.of()).toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e) {
        return Problem.of(Response.Status.UNAUTHORIZED, "Authentication is required").toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return Problem.of(Response.Status.UNAUTHORIZED, "The access token is missing, invalid or expired").toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN, "Your roles do not allow this").toResponse();
    }

    @ServerExceptionMapper(priority = 1)
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        if (status >= 500) {
            LOG.error("request failed", e);
            return Problem.of(status, title, "The request could not be completed", List.of()).toResponse();
        }
        return Problem.of(status, title, title, List.of()).toResponse();
    }

    /** Two requests changed the same record at once (version check failed): the later one may retry. */
    @ServerExceptionMapper(priority = 1)
    public Response concurrentChange(jakarta.persistence.OptimisticLockException e) {
        LOG.info("concurrent change refused (optimistic lock)");
        return Problem.of(409, "Conflict",
                "The record was changed by someone else at the same moment; reload it and" + " try again", List.of())
                .toResponse();
    }

    @ServerExceptionMapper(priority = 10)
    public Response unexpected(Throwable e) {
        if (DatabaseFailures.unavailable(e)) {
            LOG.warn("database unavailable: " + e);
            return Response.fromResponse(Problem.of(503, "Service Unavailable",
                    "The database is unavailable for a moment; nothing was stored, try again shortly", List.of())
                    .toResponse()).header("Retry-After", "5").build();
        }
        LOG.error("unexpected error", e);
        return Problem
                .of(500, "Internal Server Error",
                        "Something went wrong on our side; quote the correlation id when reporting it", List.of())
                .toResponse();
    }

    /** Field paths as a client sees them: dotted paths into the body, without method and parameter names. */
    static final class FieldPaths {
        private FieldPaths() {
        }

        static String of(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            // method-parameter validation yields "create.request.mainPerson.bsn": drop method and parameter name
            String[] parts = path.split("\\.", 3);
            if (violation.getExecutableParameters() != null && parts.length == 3) {
                return parts[2];
            }
            if (violation.getExecutableParameters() != null && parts.length == 2) {
                return parts[1];
            }
            return path;
        }

        static String of(JsonMappingException e) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : e.getPath()) {
                if (ref.getFieldName() != null) {
                    if (path.length() > 0) {
                        path.append('.');
                    }
                    path.append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.toString();
        }
    }
}
