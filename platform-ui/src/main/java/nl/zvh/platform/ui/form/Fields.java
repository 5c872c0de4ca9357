package nl.zvh.platform.ui.form;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.zvh.platform.ui.shell.UiLanguage;

/**
 * Reads what a person typed into a {@link Form}, field by field. Each reader answers the value, or records the message
 * next to the field (in the person's language) when it is missing, too long or not what the field asks and answers
 * null; the save goes ahead only when {@link #ok()}. Values are stripped; an empty field is absent.
 */
public final class Fields {
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Form form;
    private final FieldMessages messages;

    Fields(Form form, FieldMessages messages) {
        this.form = form;
        this.messages = messages;
    }

    /** The fields of a form as sent, read with messages in the person's language. */
    public static Fields of(Form form, Locale locale) {
        return new Fields(form, messages(locale));
    }

    /** The fields of a form body as sent (multi-valued, like check boxes). */
    public static Fields of(Map<String, List<String>> body, Locale locale) {
        return of(Form.of(body), locale);
    }

    public static FieldMessages messages(Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(FieldMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(FieldMessages.class);
    }

    public Form form() {
        return form;
    }

    /** Whether every field read so far was accepted. */
    public boolean ok() {
        return !form.hasErrors();
    }

    /** Refuses a field with the caller's own message (a rule of the feature, not of the field's type). */
    public Fields reject(String field, String message) {
        form.reject(field, message);
        return this;
    }

    public FieldMessages messages() {
        return messages;
    }

    /** The text, stripped; null when empty. */
    public String text(String field, int max, boolean required) {
        String value = stripped(form.value(field));
        if (value == null) {
            if (required) {
                form.reject(field, messages.required());
            }
            return null;
        }
        if (value.length() > max) {
            form.reject(field, messages.tooLong(max));
            return null;
        }
        return value;
    }

    /**
     * A date as a date input sends it (2026-12-06) or as typed where the browser has no date picker (6-12-2026);
     * with {@code notFuture} never after today.
     */
    public LocalDate date(String field, boolean required, boolean notFuture) {
        String value = stripped(form.value(field));
        if (value == null) {
            if (required) {
                form.reject(field, messages.required());
            }
            return null;
        }
        LocalDate date = parseDate(value);
        if (date == null) {
            form.reject(field, messages.invalidDate());
            return null;
        }
        if (notFuture && date.isAfter(LocalDate.now())) {
            form.reject(field, messages.futureDate());
            return null;
        }
        return date;
    }

    /** A time of an input of type time (14:30). */
    public LocalTime time(String field, boolean required) {
        String value = stripped(form.value(field));
        if (value == null) {
            if (required) {
                form.reject(field, messages.required());
            }
            return null;
        }
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            form.reject(field, messages.invalidTime());
            return null;
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    public Integer number(String field, int min, int max, boolean required) {
        String value = stripped(form.value(field));
        if (value == null) {
            if (required) {
                form.reject(field, messages.required());
            }
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
        form.reject(field, messages.number(min, max));
        return null;
    }

    /** One constant of the enum, by its name as the select or radio sends it. */
    public <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
        String value = stripped(form.value(field));
        if (value == null) {
            if (required) {
                form.reject(field, messages.choose());
            }
            return null;
        }
        E chosen = parse(type, value);
        if (chosen == null) {
            form.reject(field, messages.choose());
        }
        return chosen;
    }

    /** The constants ticked (check boxes); an unknown value refuses the field. */
    public <E extends Enum<E>> Set<E> choices(String field, Class<E> type, boolean required) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String value : form.values(field)) {
            E constant = parse(type, stripped(value));
            if (constant == null) {
                form.reject(field, messages.choose());
                return EnumSet.noneOf(type);
            }
            chosen.add(constant);
        }
        if (chosen.isEmpty() && required) {
            form.reject(field, messages.choose());
        }
        return chosen;
    }

    /** One of the values offered (e.g. organisation codes from reference data). */
    public String oneOf(String field, List<String> offered, boolean required) {
        String value = stripped(form.value(field));
        if (value == null) {
            if (required) {
                form.reject(field, messages.choose());
            }
            return null;
        }
        if (!offered.contains(value)) {
            form.reject(field, messages.choose());
            return null;
        }
        return value;
    }

    /** A check box: sent (and not "false") means ticked. */
    public boolean checked(String field) {
        String value = form.value(field);
        return value != null && !"false".equals(value);
    }

    /** The non-empty lines of a text area, each at most {@code max} characters, at most {@code most} lines. */
    public List<String> lines(String field, int max, int most, boolean required) {
        String value = stripped(form.value(field));
        List<String> lines = value == null
                ? List.of()
                : value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            if (required) {
                form.reject(field, messages.required());
            }
            return List.of();
        }
        if (lines.size() > most) {
            form.reject(field, messages.tooManyLines(most));
            return List.of();
        }
        if (lines.stream().anyMatch(l -> l.length() > max)) {
            form.reject(field, messages.tooLong(max));
            return List.of();
        }
        return lines;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    /** 2026-12-06 from a date input; 6-12-2026 typed; null when neither. */
    public static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(value, DUTCH_DATE);
            } catch (DateTimeParseException dutch) {
                return null;
            }
        }
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
