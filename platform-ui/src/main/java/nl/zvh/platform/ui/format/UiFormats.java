package nl.zvh.platform.ui.format;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Template extensions every page uses: {@code {date.asDate}} reads "6 december 2026", {@code {instant.asDateTime}}
 * "6 december 2026 14:05" in Europe/Amsterdam, {@code {code.label}} the Dutch (or English) text of an enum constant.
 */
@TemplateExtension
public final class UiFormats {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private UiFormats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", lang(locale)).format(date);
    }

    public static String dateTime(ZonedDateTime time, Locale locale) {
        return time == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", lang(locale))
                        .format(time.withZoneSameInstant(AMSTERDAM));
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : dateTime(instant.atZone(AMSTERDAM), locale);
    }

    static String asDate(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date(date, locale(locale));
    }

    static String asDate(Instant instant, @TemplateAttribute("locale") Object locale) {
        return instant == null ? "" : date(instant.atZone(AMSTERDAM).toLocalDate(), locale(locale));
    }

    static String asDate(OffsetDateTime time, @TemplateAttribute("locale") Object locale) {
        return time == null ? "" : date(time.atZoneSameInstant(AMSTERDAM).toLocalDate(), locale(locale));
    }

    static String asDate(LocalDateTime time, @TemplateAttribute("locale") Object locale) {
        return time == null ? "" : date(time.toLocalDate(), locale(locale));
    }

    static String asDateTime(Instant instant, @TemplateAttribute("locale") Object locale) {
        return dateTime(instant, locale(locale));
    }

    static String asDateTime(OffsetDateTime time, @TemplateAttribute("locale") Object locale) {
        return time == null ? "" : dateTime(time.toZonedDateTime(), locale(locale));
    }

    static String asDateTime(ZonedDateTime time, @TemplateAttribute("locale") Object locale) {
        return dateTime(time, locale(locale));
    }

    /** A local date-time is taken to be Amsterdam time already (how the services store planned meetings). */
    static String asDateTime(LocalDateTime time, @TemplateAttribute("locale") Object locale) {
        return time == null ? "" : dateTime(time.atZone(AMSTERDAM), locale(locale));
    }

    static String asTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(AMSTERDAM));
    }

    /** The machine-readable value for {@code <time datetime>} and date inputs. */
    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String label(Enum<?> value, @TemplateAttribute("locale") Object locale) {
        return Labels.of(value, locale(locale));
    }

    private static Locale lang(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
    }

    static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? Locale.forLanguageTag("nl") : Locale.forLanguageTag(attribute.toString());
    }
}
