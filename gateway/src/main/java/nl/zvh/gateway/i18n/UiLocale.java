package nl.zvh.gateway.i18n;

import java.util.List;
import java.util.Locale;

/** Picks the UI language: an explicit {@code ?lang=}, else the first supported Accept-Language, else Dutch. */
public final class UiLocale {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private UiLocale() {
    }

    public static Locale resolve(String explicit, List<Locale> acceptable) {
        if (explicit != null) {
            return "en".equalsIgnoreCase(explicit) ? ENGLISH : DUTCH;
        }
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                if ("nl".equals(locale.getLanguage())) {
                    return DUTCH;
                }
                if ("en".equals(locale.getLanguage())) {
                    return ENGLISH;
                }
            }
        }
        return DUTCH;
    }

    public static AppMessages messages(Locale locale) {
        if (ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return io.quarkus.qute.i18n.MessageBundles.get(AppMessages.class,
                    io.quarkus.qute.i18n.Localized.Literal.of("en"));
        }
        return io.quarkus.qute.i18n.MessageBundles.get(AppMessages.class);
    }
}
