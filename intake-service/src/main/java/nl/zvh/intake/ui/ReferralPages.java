package nl.zvh.intake.ui;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.zvh.intake.attachment.Attachments;
import nl.zvh.intake.reference.ReferenceData;
import nl.zvh.intake.referral.ReferralStatus;
import nl.zvh.intake.referral.ReferralView;
import nl.zvh.intake.referral.Referrals;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;

/** Renders a referral's page (after a GET, a save, or a refused upload) with its texts in the person's language. */
@ApplicationScoped
public class ReferralPages {

    @Inject
    Referrals referrals;

    @Inject
    Attachments attachments;

    @Inject
    ReferenceData referenceData;

    @Inject
    CurrentUser user;

    @Inject
    Shell shell;

    /**
     * @param notice what was just done ({@code filed}, {@code draft}, {@code attachment}), announced at the top
     * @param upload the upload form with its message after a refused upload, else null
     */
    TemplateInstance referral(UUID id, String notice, Form upload) {
        return referral(id, notice, upload, Form.empty(), null);
    }

    /**
     * @param withdrawal the withdraw form with its message after a refused withdrawal, else empty
     * @param refusal why a withdrawal was refused (too late), else null
     */
    TemplateInstance referral(UUID id, String notice, Form upload, Form withdrawal, String refusal) {
        ReferralView referral = referrals.get(id);
        boolean own = user.hasRole("referrer") && referral.referrerOrganisation().equals(user.organisation());
        boolean canUpload = own && referral.status().acceptsAttachments();
        boolean canWithdraw = own
                && (referral.status() == ReferralStatus.SUBMITTED || referral.status() == ReferralStatus.DRAFT); // Referral.withdraw: only before triage has it
        Locale locale = shell.locale();
        Map<String, String> labels = referenceData.problemAreas().stream()
                .collect(Collectors.toMap(ReferenceData.ProblemArea::code, a -> label(a, locale), (a, b) -> a));
        List<String> areas = referral.problemAreas().stream().map(code -> labels.getOrDefault(code, code)).sorted()
                .toList();
        boolean filed = "filed".equals(notice) && referral.status() != ReferralStatus.DRAFT;
        return PortalPage.Templates.referral(referral, attachments.list(id), own, canUpload, areas,
                noticeText(notice, referral, locale), upload == null ? Form.empty() : upload,
                new PortalPage.Withdrawal(canWithdraw, filed, withdrawal, refusal)).setLocale(locale);
    }

    private static String noticeText(String notice, ReferralView referral, Locale locale) {
        if (notice == null) {
            return null;
        }
        PortalMessages msg = IntakeMenu.messages(locale);
        return switch (notice) {
            case "filed" -> referral.status() == ReferralStatus.DRAFT
                    ? null
                    : msg.filed(IntakeFormats.Persons.fullName(referral.mainPerson()),
                            Labels.of(referral.status(), locale));
            case "draft" -> referral.status() == ReferralStatus.DRAFT ? msg.draftSaved() : null;
            case "attachment" -> msg.attachmentAdded();
            case "withdrawn" -> referral.status() == ReferralStatus.WITHDRAWN ? msg.withdrawn() : null;
            default -> null;
        };
    }

    /** A problem area as the person reads it. */
    static String label(ReferenceData.ProblemArea area, Locale locale) {
        String label = UiLanguage.isEnglish(locale) ? area.labelEn() : area.labelNl();
        return label == null || label.isBlank() ? area.code() : label;
    }
}
