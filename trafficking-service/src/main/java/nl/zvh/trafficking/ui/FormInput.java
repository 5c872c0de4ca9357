package nl.zvh.trafficking.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Form;

/**
 * A posted form read field by field: every value as typed stays in the {@link Form}, and what cannot be read (empty
 * but required, too long, no date, not a number, not one of the choices) is refused next to its field in Dutch (or
 * English). The field's name is its input's id, so the error summary links to it.
 */
final class FormInput {
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Form form;
    private final TraffickingFormMessages msg;

    FormInput(Map<String, List<String>> body, TraffickingFormMessages msg) {
        this.form = Form.of(body);
        this.msg = msg;
    }

    Form form() {
        return form;
    }

    boolean ok() {
        return !form.hasErrors();
    }

    void reject(String field, String message) {
        form.reject(field, message);
    }

    String text(String field, String label, int max, boolean required) {
        String value = trimmed(form.value(field));
        if (value == null) {
            if (required) {
                form.reject(field, msg.errorRequired(label));
            }
            return null;
        }
        if (value.length() > max) {
            form.reject(field, msg.errorTooLong(label, max, value.length()));
        }
        return value;
    }

    LocalDate date(String field, String label, boolean required, boolean notFuture) {
        String value = text(field, label, 20, required);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = value.contains("-") && value.indexOf('-') == 4
                    ? LocalDate.parse(value)
                    : LocalDate.parse(value, DUTCH_DATE);
        } catch (DateTimeParseException e) {
            form.reject(field, msg.errorDate(label));
            return null;
        }
        if (notFuture && date.isAfter(LocalDate.now())) {
            form.reject(field, msg.errorFuture(label));
        }
        return date;
    }

    Integer number(String field, String label, int min, int max, boolean required) {
        String value = text(field, label, 10, required);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        form.reject(field, msg.errorNumber(label, min, max));
        return null;
    }

    <E extends Enum<E>> E choice(String field, String label, Class<E> type, boolean required) {
        String value = trimmed(form.value(field));
        if (value == null) {
            if (required) {
                form.reject(field, msg.errorChoose(label));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            form.reject(field, msg.errorChoose(label));
            return null;
        }
    }

    <E extends Enum<E>> Set<E> choices(String field, String label, Class<E> type, boolean required) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String value : form.values(field)) {
            try {
                chosen.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                form.reject(field, msg.errorChoose(label));
            }
        }
        if (chosen.isEmpty() && required) {
            form.reject(field, msg.errorChooseSome(label));
        }
        return chosen;
    }

    boolean checked(String field) {
        String value = form.value(field);
        return value != null && !"false".equals(value);
    }

    /**
     * What the service refused (a 400 naming a field, or a 409), in the person's language next to the field it
     * concerns: {@code messages} maps the service's field names to the form's field and message; anything else is
     * refused on {@code fallback}. Other problems (404, 403) are not the form's and are thrown on.
     */
    void refuse(ProblemException e, String fallback, Map<String, Refusal> messages) {
        Problem problem = e.problem();
        if (problem.status() != 400 && problem.status() != 409 && problem.status() != 422) {
            throw e;
        }
        if (problem.errors() != null) {
            for (Problem.FieldError error : problem.errors()) {
                Refusal refusal = messages.get(error.field());
                if (refusal != null) {
                    form.reject(refusal.field(), refusal.message());
                }
            }
        }
        if (ok()) {
            form.reject(fallback, problem.status() == 409 ? msg.errorConflict() : msg.errorNotSaved());
        }
    }

    /** A service refusal as the form shows it: on which field, with which message. */
    record Refusal(String field, String message) {
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
