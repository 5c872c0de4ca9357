package nl.zvh.lifecourse.ui;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.Locale;
import nl.zvh.lifecourse.candidates.CandidateRequests.CandidateView;
import nl.zvh.lifecourse.clients.ClientRequests.EntryView;
import nl.zvh.lifecourse.clients.ContactOutcome;
import nl.zvh.lifecourse.clients.ContactType;
import nl.zvh.lifecourse.clients.IncidentKind;
import nl.zvh.lifecourse.clients.LifeDomain;
import nl.zvh.lifecourse.clients.NetworkRole;
import nl.zvh.lifecourse.cter.CterRequests.PersonView;
import nl.zvh.platform.ui.format.Labels;

/**
 * Labels of the codes a client entry stores as text ({@code {e.subtypeLabel}}: a plan goal's life domain, a contact's
 * type, an incident's kind; {@code {e.outcomeLabel}}: a contact's outcome) and of a candidate's or CTER register
 * entry's source.
 */
@TemplateExtension
final class CodeLabels {

    private CodeLabels() {
    }

    static String subtypeLabel(EntryView entry, @TemplateAttribute("locale") Object locale) {
        return switch (entry.kind()) {
            case PLAN_GOAL -> label(LifeDomain.class, entry.subtype(), locale);
            case CONTACT -> label(ContactType.class, entry.subtype(), locale);
            case INCIDENT -> label(IncidentKind.class, entry.subtype(), locale);
            case NETWORK -> label(NetworkRole.class, entry.subtype(), locale);
            case REVIEW -> "";
        };
    }

    static String outcomeLabel(EntryView entry, @TemplateAttribute("locale") Object locale) {
        return label(ContactOutcome.class, entry.outcome(), locale);
    }

    static String sourceLabel(CandidateView candidate, @TemplateAttribute("locale") Object locale) {
        return labelOf("CandidateSource.", candidate.source(), locale);
    }

    /** A register entry's source: TRIAGE in words, a member's report as told. */
    static String sourceLabel(PersonView person, @TemplateAttribute("locale") Object locale) {
        return labelOf("CterSource.", person.source(), locale);
    }

    private static String labelOf(String prefix, String code, Object locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String label = Labels.ofKey(prefix + code, locale(locale));
        return label == null ? code : label;
    }

    private static <E extends Enum<E>> String label(Class<E> type, String code, Object locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            return Labels.of(Enum.valueOf(type, code), locale(locale));
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? Locale.forLanguageTag("nl") : Locale.forLanguageTag(attribute.toString());
    }
}
