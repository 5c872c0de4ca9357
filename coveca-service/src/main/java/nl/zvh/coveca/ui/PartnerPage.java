package nl.zvh.coveca.ui;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.documents.Documents;
import nl.zvh.coveca.partner.PartnerCaseView;
import nl.zvh.coveca.partner.PartnerCases;
import nl.zvh.coveca.reference.LifeDomains;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;

/** The partner professionals' pages, rendered in the person's language: their cases and a case as they see it. */
@RequestScoped
public class PartnerPage {

    @Inject
    PartnerCases partner;

    @Inject
    LifeDomains lifeDomains;

    @Inject
    CurrentUser user;

    @Inject
    Shell shell;

    @Inject
    Documents documents;

    /** The partner's list of cases (the worklist address for a partner). */
    TemplateInstance cases() {
        return PartnerForms.Templates.partnerCases(partner.list()).setLocale(shell.locale());
    }

    /**
     * The case as the partner sees it (the case page address for a partner); audited. {@code saved}: what was just
     * answered ({@code done} or {@code change}), or null.
     */
    TemplateInstance casePage(UUID id, Form form, String saved) {
        Locale locale = shell.locale();
        PartnerMessages m = messages(locale);
        String notice = saved == null ? null : "change".equals(saved) ? m.changeAsked() : m.markedDone();
        Map<String, String> domainNames = new HashMap<>();
        lifeDomains.of(user.requireHouse())
                .forEach(d -> domainNames.put(d.code(), UiLanguage.isEnglish(locale) ? d.nameEn() : d.nameNl()));
        PartnerCaseView kase = partner.get(id);
        return PartnerForms.Templates.partnerCase(kase, domainNames, form, notice, documents.sharedWith(id))
                .setLocale(locale);
    }

    static PartnerMessages messages(Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(PartnerMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(PartnerMessages.class);
    }
}
