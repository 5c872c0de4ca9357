package nl.zvh.coveca.ui;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.Locale;
import nl.zvh.coveca.cases.CaseView;
import nl.zvh.coveca.meeting.MeetingView;
import nl.zvh.platform.ui.format.Labels;

/**
 * Labels of codes the case stores as text (enums read through {@code {value.label}}): a system member's relation as
 * the referral named it ({@code {p.relationLabel}}) and a network meeting's status ({@code {m.statusLabel}}). A
 * relation typed by hand that is no code is shown as typed.
 */
@TemplateExtension
final class CodeLabels {

    private CodeLabels() {
    }

    static String relationLabel(CaseView.PersonView person, @TemplateAttribute("locale") Object locale) {
        return label("Relation", person.relation(), locale);
    }

    static String statusLabel(MeetingView meeting, @TemplateAttribute("locale") Object locale) {
        return label("MeetingStatus", meeting.status(), locale);
    }

    static String statusLabel(Worklist.MeetingItem meeting, @TemplateAttribute("locale") Object locale) {
        return label("MeetingStatus", meeting.status(), locale);
    }

    static String label(String group, String code, Object locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String label = Labels.ofKey(group + "." + code.strip().toUpperCase(Locale.ROOT), locale(locale));
        return label == null ? code : label;
    }

    static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? Locale.forLanguageTag("nl") : Locale.forLanguageTag(attribute.toString());
    }
}
