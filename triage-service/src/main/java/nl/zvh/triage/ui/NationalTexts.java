package nl.zvh.triage.ui;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import java.util.Locale;
import nl.zvh.platform.ui.shell.UiLanguage;
import nl.zvh.triage.national.NationalCheckView;

/** The national check's texts in the person's language, for notices composed in Java. */
final class NationalTexts {
    private NationalTexts() {
    }

    static NationalMessages of(Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(NationalMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(NationalMessages.class);
    }

    /** "Landelijk nagevraagd: 1 persoon is bekend bij een ander huis." of the newest check. */
    static String asked(List<NationalCheckView> checks, Locale locale) {
        if (checks.isEmpty()) {
            return null;
        }
        int known = (int) checks.get(0).persons().stream().filter(p -> !p.knownAt().isEmpty()).count();
        return known == 0 ? of(locale).askedNoneKnown() : of(locale).asked(known);
    }
}
