package nl.zvh.intake.ui;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import nl.zvh.intake.attachment.FileType;
import nl.zvh.intake.referral.ReferralView;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.platform.ui.shell.UiLanguage;

/**
 * What the portal's pages read for intake's own texts and codes that are not enums: the triage table's outcome and
 * programme (stored as text from TriageDecided), a person's full name, an attachment's type and size.
 * {@code {intake:outcome(code)}}, {@code {intake:programme(code)}}, {@code {intake:fileType(contentType)}},
 * {@code {intake:fileSize(bytes)}}, {@code {person.fullName}}.
 */
@TemplateExtension(namespace = "intake")
public final class IntakeFormats {

    private IntakeFormats() {
    }

    /** The triage table's outcome (APPROACH_STARTED, ADVICE, NO_ACTION) as a person reads it. */
    static String outcome(String code, @TemplateAttribute("locale") Object locale) {
        return label("TriageOutcome.", code, locale(locale));
    }

    /** The programme an approach started in (COVECA, TRAFFICKING, LIFECOURSE, CTER, REINTEGRATION). */
    static String programme(String code, @TemplateAttribute("locale") Object locale) {
        return label("TriageProgramme.", code, locale(locale));
    }

    /** "PDF-document" for application/pdf. */
    static String fileType(String contentType, @TemplateAttribute("locale") Object locale) {
        return Arrays.stream(FileType.values()).filter(t -> t.mediaType().equals(contentType)).findFirst()
                .map(t -> Labels.of(t, locale(locale))).orElse(contentType == null ? "" : contentType);
    }

    /** "840 bytes", "12 kB", "1,2 MB" (decimal comma in Dutch). */
    static String fileSize(long bytes, @TemplateAttribute("locale") Object locale) {
        Locale lang = locale(locale);
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        NumberFormat number = NumberFormat
                .getNumberInstance(UiLanguage.isEnglish(lang) ? Locale.ENGLISH : Locale.forLanguageTag("nl"));
        number.setMaximumFractionDigits(1);
        if (bytes < 1_000_000) {
            return number.format(Math.round(bytes / 100.0) / 10.0) + " kB";
        }
        return number.format(Math.round(bytes / 100_000.0) / 10.0) + " MB";
    }

    /** The code's label; a code without one is logged by Labels' caller convention and shown as it is. */
    static String label(String group, String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String label = Labels.ofKey(group + code, locale);
        return label == null ? code : label;
    }

    static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? UiLanguage.DUTCH : UiLanguage.parse(attribute.toString());
    }

    /** Extension methods without namespace: a person's name as one line. */
    @TemplateExtension
    public static final class Persons {
        private Persons() {
        }

        /** "Henk de Vries": first name, surname prefix and last name, without double spaces. */
        static String fullName(ReferralView.PersonView person) {
            return PersonIdentity.fullName(person.firstName(), person.surnamePrefix(), person.lastName());
        }
    }
}
