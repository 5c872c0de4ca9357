package nl.zvh.triage.ui;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;
import nl.zvh.platform.ui.shell.UiLanguage;

/** The table's texts in the person's language, for messages composed in Java (validation, refusals). */
final class Texts {
    private Texts() {
    }

    static TableMessages of(Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(TableMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(TableMessages.class);
    }
}
