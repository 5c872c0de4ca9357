package nl.zvh.trafficking.ui;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;

/** The message bundles of the pages in the person's language (Dutch unless English was chosen). */
final class UiTexts {
    private UiTexts() {
    }

    static TraffickingMessages pages(Shell shell) {
        return of(TraffickingMessages.class, shell);
    }

    static TraffickingFormMessages form(Shell shell) {
        return of(TraffickingFormMessages.class, shell);
    }

    static TraffickingApproachMessages approach(Shell shell) {
        return of(TraffickingApproachMessages.class, shell);
    }

    static TraffickingRegisterMessages registers(Shell shell) {
        return of(TraffickingRegisterMessages.class, shell);
    }

    private static <T> T of(Class<T> bundle, Shell shell) {
        return UiLanguage.isEnglish(shell.locale())
                ? MessageBundles.get(bundle, Localized.Literal.of("en"))
                : MessageBundles.get(bundle);
    }
}
