package nl.zvh.coveca.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.zvh.platform.ui.form.Form;

/**
 * What a person typed into a form, read field by field: each reader records the Dutch message next to the field when
 * the value is missing, too long or not what the field asks, and answers null then (the form is refused as a whole).
 */
final class Typed {
    private final Form form;
    private final ActionMessages messages;

    Typed(Form form, ActionMessages messages) {
        this.form = form;
        this.messages = messages;
    }

    Form form() {
        return form;
    }

    /** Whether every field read so far was accepted. */
    boolean ok() {
        return !form.hasErrors();
    }

    ActionMessages messages() {
        return messages;
    }

    /** The text, stripped; null when empty. */
    String text(String field, int max, boolean required) {
        String value = stripped(form.value(field));
        if (value == null && required) {
            form.reject(field, messages.required());
        } else if (value != null && value.length() > max) {
            form.reject(field, messages.tooLong(max));
            return null;
        }
        return value;
    }

    /** A date of an input of type date (yyyy-mm-dd), optionally not after today. */
    LocalDate date(String field, boolean required, boolean notFuture) {
        String value = stripped(form.value(field));
        if (value == null) {
            if (required) {
                form.reject(field, messages.required());
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (notFuture && date.isAfter(LocalDate.now())) {
                form.reject(field, messages.futureDate());
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            form.reject(field, messages.invalidDate());
            return null;
        }
    }

    /** A time of an input of type time (hh:mm). */
    LocalTime time(String field) {
        String value = stripped(form.value(field));
        if (value == null) {
            form.reject(field, messages.required());
            return null;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            form.reject(field, messages.invalidTime());
            return null;
        }
    }

    /** One constant of the enum, by its name as the select sends it. */
    <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
        String value = stripped(form.value(field));
        if (value == null) {
            if (required) {
                form.reject(field, messages.choose());
            }
            return null;
        }
        Optional<E> chosen = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
        if (chosen.isEmpty()) {
            form.reject(field, messages.choose());
        }
        return chosen.orElse(null);
    }

    /** One of the values offered. */
    String oneOf(String field, List<String> offered, boolean required) {
        String value = stripped(form.value(field));
        if (value == null && required) {
            form.reject(field, messages.choose());
        } else if (value != null && !offered.contains(value)) {
            form.reject(field, messages.choose());
            return null;
        }
        return value;
    }

    boolean checked(String field) {
        return form.value(field) != null;
    }

    /** The non-empty lines of a text area, each at most {@code max} characters, at most {@code most} lines. */
    List<String> lines(String field, int max, int most) {
        String value = stripped(form.value(field));
        if (value == null) {
            return List.of();
        }
        List<String> lines = value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.stream().anyMatch(l -> l.length() > max) || lines.size() > most) {
            form.reject(field, messages.tooLong(max));
            return List.of();
        }
        return lines;
    }

    static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
