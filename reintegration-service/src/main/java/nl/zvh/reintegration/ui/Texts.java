package nl.zvh.reintegration.ui;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;
import nl.zvh.platform.ui.shell.UiLanguage;

/** The pages' message bundles in the person's language (Dutch unless English was chosen). */
final class Texts {
    private Texts() {
    }

    static <T> T of(Class<T> type, Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(type, Localized.Literal.of("en"))
                : MessageBundles.get(type);
    }
}
