package nl.zvh.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.correlation.CorrelationId;

/**
 * An RFC 9457 problem detail. {@code errors} names each failing field (dotted path into the request body, or the
 * query/path parameter name) for validation problems.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String correlationId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Where the platform's problem types live: {@code TYPE_BASE + "validation"}. */
    public static final String TYPE_BASE = "https://zvh.nl/problems/";

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

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
        return new Problem(TYPE_BASE + "validation", "Invalid request", 400,
                "The request has " + errors.size() + " invalid field(s)", null, CorrelationId.current(), errors);
    }

    /**
     * The body's members in order, leaving out empty ones as the JSON form does: for writers without data binding
     * (the gateway writes it with Vert.x).
     */
    public Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", type);
        members.put("title", title);
        members.put("status", status);
        putIfPresent(members, "detail", detail);
        putIfPresent(members, "instance", instance);
        putIfPresent(members, "correlationId", correlationId);
        if (errors != null && !errors.isEmpty()) {
            List<Map<String, Object>> fields = new ArrayList<>();
            for (FieldError error : errors) {
                Map<String, Object> field = new LinkedHashMap<>();
                field.put("field", error.field());
                field.put("message", error.message());
                fields.add(field);
            }
            members.put("errors", fields);
        }
        return members;
    }

    private static void putIfPresent(Map<String, Object> members, String name, String value) {
        if (value != null && !value.isEmpty()) {
            members.put(name, value);
        }
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
