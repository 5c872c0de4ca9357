package nl.zvh.lifecourse.ui;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.UiLanguage;

/**
 * One sent form read field by field: each reader returns the value or null and, when the value is refused, records
 * the Dutch (or English) message on the {@link Form} under the field's id, so the page can be sent back with what
 * was typed (422).
 */
final class Input {
    private final Form form;
    private final Map<String, String> sent;
    private final FormMessages msg;

    private Input(Map<String, String> sent, Locale locale) {
        this.sent = sent;
        this.form = Form.ofSingle(sent);
        this.msg = messages(locale);
    }

    /** The sent values by field id. */
    static Input of(Map<String, String> sent, Locale locale) {
        return new Input(new LinkedHashMap<>(sent), locale);
    }

    /** A sent form body (the first value of each field). */
    static Input of(MultivaluedMap<String, String> body, Locale locale) {
        Map<String, String> sent = new LinkedHashMap<>();
        body.forEach((k, v) -> sent.put(k, v.isEmpty() ? "" : v.get(0)));
        return new Input(sent, locale);
    }

    static FormMessages messages(Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(FormMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(FormMessages.class);
    }

    Form form() {
        return form;
    }

    boolean refused() {
        return form.hasErrors();
    }

    void reject(String field, String message) {
        form.reject(field, message);
    }

    FormMessages msg() {
        return msg;
    }

    /** Stripped text of at most {@code max} characters; null when blank (refused when required). */
    String text(String field, int max, boolean required) {
        String value = sent.get(field);
        if (value == null || value.isBlank()) {
            if (required) {
                form.reject(field, msg.required());
            }
            return null;
        }
        if (value.strip().length() > max) {
            form.reject(field, msg.tooLong(max));
            return null;
        }
        return value.strip();
    }

    /** A date (yyyy-MM-dd from a date input); {@code past}: not after today. */
    LocalDate date(String field, boolean required, boolean past) {
        String value = sent.get(field);
        if (value == null || value.isBlank()) {
            if (required) {
                form.reject(field, msg.required());
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (past && date.isAfter(LocalDate.now())) {
                form.reject(field, msg.future());
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            form.reject(field, msg.invalidDate());
            return null;
        }
    }

    /** One of the enum's constants, by name; a missing or unknown one is refused. */
    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = sent.get(field);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElseGet(() -> {
            form.reject(field, value == null || value.isBlank() ? msg.required() : msg.choose());
            return null;
        });
    }

    /** One entry per non-blank line, each at most 100 characters, 1 to 19 of them. */
    List<String> lines(String field) {
        String value = sent.get(field);
        List<String> lines = value == null
                ? List.of()
                : value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (lines.isEmpty() || lines.size() > 19 || lines.stream().anyMatch(s -> s.length() > 100)) {
            form.reject(field, lines.isEmpty() ? msg.required() : msg.attendees());
            return null;
        }
        return lines;
    }
}
