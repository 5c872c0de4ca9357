package nl.zvh.lifecourse.ui;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;
import nl.zvh.platform.ui.shell.UiLanguage;

/** The service's own message bundles in the person's language (Dutch, or English when chosen). */
final class Bundles {
    private Bundles() {
    }

    static FormMessages form(Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(FormMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(FormMessages.class);
    }

    static CterMessages cter(Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(CterMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(CterMessages.class);
    }
}
