package nl.zvh.trafficking.ui;

import java.util.Map;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Fields;

/**
 * What the service refused of a form that was valid as typed (a 400 naming a field, a 409 or 422), in the person's
 * language next to the field it concerns: the service's field names map to the form's field and message; anything
 * else is refused on a fallback field. Other problems (404, 403) are not the form's and are thrown on.
 */
final class ServiceRefusals {
    private ServiceRefusals() {
    }

    /** A service refusal as the form shows it: on which field, with which message. */
    record Refusal(String field, String message) {
    }

    static void refuse(Fields in, ProblemException e, String fallback, TraffickingFormMessages msg,
            Map<String, Refusal> messages) {
        Problem problem = e.problem();
        if (problem.status() != 400 && problem.status() != 409 && problem.status() != 422) {
            throw e;
        }
        if (problem.errors() != null) {
            for (Problem.FieldError error : problem.errors()) {
                Refusal refusal = messages.get(error.field());
                if (refusal != null) {
                    in.reject(refusal.field(), refusal.message());
                }
            }
        }
        if (in.ok()) {
            in.reject(fallback, problem.status() == 409 ? msg.errorConflict() : msg.errorNotSaved());
        }
    }
}
