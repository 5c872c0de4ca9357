package nl.zvh.triage.ui;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.Locale;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.platform.ui.shell.UiLanguage;
import org.jboss.logging.Logger;

/**
 * Labels of codes triage stores as text (intake's urgency, problem areas, person roles and relations, match
 * reasons): {@code {code:label('Urgency', item.urgency)}} reads key {@code Urgency.CRISIS} of
 * {@code META-INF/zvh/labels_*.properties}, as enum constants do with {@code {value.label}}.
 */
@TemplateExtension(namespace = "code")
public final class CodeLabels {

    private static final Logger LOG = Logger.getLogger(CodeLabels.class);

    private CodeLabels() {
    }

    static String label(String group, String code, @TemplateAttribute("locale") Object locale) {
        return of(group, code, locale(locale));
    }

    /** The label of {@code group.code}; a missing one is logged and shows the code (the browser tests look for those). */
    public static String of(String group, String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String label = Labels.ofKey(group + "." + code.trim(), locale);
        if (label == null) {
            LOG.warnf("No label for %s.%s", group, code);
            return code;
        }
        return label;
    }

    static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return UiLanguage.parse(attribute == null ? null : attribute.toString());
    }
}
