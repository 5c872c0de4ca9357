package nl.zvh.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.zvh.platform.correlation.CorrelationId;

/**
 * An RFC 9457 problem detail. {@code errors} names each failing field (dotted path into the request body, or the
 * query/path parameter name) for validation problems.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String correlationId,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One failing field. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
    }

    public static Problem of(int status, String title, String detail, List<FieldError> errors) {
        return new Problem("about:blank", title, status, detail, null, CorrelationId.current(), errors);
    }

    public static Problem validation(List<FieldError> errors) {
        return new Problem("https://zvh.nl/problems/validation", "Invalid request", 400,
                "The request has " + errors.size() + " invalid field(s)", null, CorrelationId.current(), errors);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
