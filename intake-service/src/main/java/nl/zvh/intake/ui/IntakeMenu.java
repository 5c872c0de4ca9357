package nl.zvh.intake.ui;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.zvh.intake.notification.Notifications;
import nl.zvh.intake.question.QuestionScope;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;

/**
 * The intake programme's own menu ({@code {inject:intakeMenu.items}}, rendered by the tag {@code intakeNav}): only
 * what the caller's roles open. Referrers: their referrals, a new referral, the inbox with its unread count; the
 * triage table: the house's referrals; partners' askers (referrers, process directors) and the house's own staff: the
 * advice and information questions;
 * the functional admin: the reference data.
 */
@RequestScoped
@Named("intakeMenu")
public class IntakeMenu {

    /** One entry; {@code id} is kept for the browser tests ({@code new-referral}, {@code inbox}). */
    public record Item(String id, String label, String href, boolean current) {
    }

    @Inject
    Shell shell;

    @Inject
    CurrentUser user;

    @Inject
    Notifications notifications;

    @Inject
    QuestionScope questions;

    private List<Item> items;

    public List<Item> items() {
        if (items != null) {
            return items;
        }
        PortalMessages msg = messages(shell.locale());
        String prefix = shell.prefix();
        String here = shell.path();
        List<Item> list = new ArrayList<>();
        boolean referrer = user.hasRole("referrer");
        if (user.hasAnyRole("referrer", "triage-chair", "triage-member")) {
            String href = prefix + "/ui/";
            list.add(new Item("referrals-menu", msg.title(), href, here.equals(href) || here.equals(prefix + "/ui")));
        }
        if (referrer) {
            String href = prefix + "/ui/referrals/new";
            list.add(new Item("new-referral", msg.newReferral(), href, here.equals(href)));
            long unread = notifications.unreadCount();
            href = prefix + "/ui/notifications";
            list.add(new Item("inbox", unread > 0 ? msg.inboxUnread(unread) : msg.inbox(), href, here.equals(href)));
        }
        if (questions.asker() || questions.houseStaff()) {
            QuestionMessages q = QuestionPages.messages(shell.locale());
            String href = prefix + "/ui/questions";
            list.add(new Item("questions-menu", q.menu(), href, here.equals(href)));
            href = prefix + "/ui/questions/new";
            list.add(new Item("new-question", questions.houseStaff() ? q.enter() : q.ask(), href, here.equals(href)));
        }
        if (user.hasRole("functional-admin")) {
            String href = prefix + "/ui/admin/reference";
            list.add(new Item("reference-data", msg.referenceData(), href, here.equals(href)));
            href = prefix + "/ui/admin/history";
            list.add(new Item("history-import", HistoryPage.messages(shell.locale()).menu(), href, here.equals(href)));
        }
        items = List.copyOf(list);
        return items;
    }

    /** The portal's texts in this language (Dutch is the bundle's default). */
    static PortalMessages messages(Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(PortalMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(PortalMessages.class);
    }
}
