package nl.zvh.platform.ui.shell;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * The language a person reads: the choice they made in the header (cookie {@code zvh_lang}, set by the gateway's
 * {@code /language} link), else the first of Dutch or English in the browser's Accept-Language, else Dutch.
 */
public final class UiLanguage {

    public static final String COOKIE = "zvh_lang";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private UiLanguage() {
    }

    public static Locale of(RoutingContext rc) {
        if (rc == null) {
            return DUTCH;
        }
        Cookie chosen = rc.request().getCookie(COOKIE);
        if (chosen != null) {
            return parse(chosen.getValue());
        }
        return fromAcceptLanguage(rc.request().getHeader("Accept-Language"));
    }

    /** "en" (any case) is English; everything else Dutch. */
    public static Locale parse(String language) {
        return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : DUTCH;
    }

    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DUTCH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("nl")) {
                    return DUTCH;
                }
                if (tag.startsWith("en")) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return DUTCH;
        }
        return DUTCH;
    }

    /** The shell's texts in this language. */
    public static UiMessages messages(Locale locale) {
        return bundle(UiMessages.class, locale);
    }

    /** A message bundle in this language: its English localization for English, else the default (Dutch). */
    public static <T> T bundle(Class<T> bundle, Locale locale) {
        return isEnglish(locale)
                ? io.quarkus.qute.i18n.MessageBundles.get(bundle, io.quarkus.qute.i18n.Localized.Literal.of("en"))
                : io.quarkus.qute.i18n.MessageBundles.get(bundle);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
