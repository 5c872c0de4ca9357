package nl.zvh.reintegration.ui;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.zvh.platform.ui.shell.UiLanguage;

/**
 * Reads one form of the pages into values, refusing in the person's language next to the field what is missing or
 * malformed: a choice from a list, a date (2026-12-06 from a date input, or 6-12-2026 typed), a text of limited length.
 */
final class FormInput {
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

    private final SubForm form;
    private final ReintegrationMessages reint;
    private final TrackPageMessages texts;

    FormInput(SubForm form, Locale locale) {
        this.form = form;
        this.reint = bundle(ReintegrationMessages.class, locale);
        this.texts = bundle(TrackPageMessages.class, locale);
    }

    /** A message bundle in the person's language (Dutch unless English was chosen). */
    static <T> T bundle(Class<T> type, Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(type, Localized.Literal.of("en"))
                : MessageBundles.get(type);
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String typed = trim(form.value(field));
        E value = parse(type, typed);
        if (value == null) {
            form.reject(field, typed == null ? texts.errorChoose() : reint.errorStatusInvalid());
        }
        return value;
    }

    /** A required date; with {@code notFuture} never after today. */
    LocalDate date(String field, boolean notFuture) {
        String typed = trim(form.value(field));
        if (typed == null) {
            form.reject(field, texts.errorRequired());
            return null;
        }
        LocalDate date = parseDate(typed);
        if (date == null) {
            form.reject(field, reint.errorDateInvalid());
        } else if (notFuture && date.isAfter(LocalDate.now())) {
            form.reject(field, reint.errorDateInFuture());
        }
        return date;
    }

    String text(String field, boolean required, int max) {
        String typed = trim(form.value(field));
        if (typed == null && required) {
            form.reject(field, texts.errorRequired());
        } else if (typed != null && typed.length() > max) {
            form.reject(field, reint.errorTooLong(max, typed.length()));
        }
        return typed;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A date input sends 2026-12-06; a browser without date picker lets people type 6-12-2026. */
    static LocalDate parseDate(String value) {
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

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
