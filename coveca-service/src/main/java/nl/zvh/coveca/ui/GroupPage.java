package nl.zvh.coveca.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.zvh.coveca.group.GroupView;
import nl.zvh.coveca.group.Groups;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;

/**
 * A group's page: its facts, subgroups (each a link to its meetings), members with their cases and the forms to add
 * a subgroup or a member and to close the group. Rendered for the page and again, with what was typed, for a refused
 * form.
 */
@RequestScoped
public class GroupPage {

    /** A member as the page shows it, with the name of its subgroup. */
    public record Member(GroupView.MemberView member, String subgroup) {
    }

    /** Where a refusal because the group is closed is shown: the page's notice that it is closed. */
    static final String CLOSED_NOTICE = "group-closed";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance group(GroupView group, List<Member> members, List<Option> subgroups, Form form,
                boolean saved);
    }

    @Inject
    Groups groups;

    @Inject
    Shell shell;

    /** The group pages' texts in the reader's language. */
    static GroupMessages messages(Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(GroupMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(GroupMessages.class);
    }

    TemplateInstance render(UUID id, Form form, boolean saved) {
        GroupView g = groups.get(id);
        Map<UUID, String> names = g.subgroups().stream()
                .collect(Collectors.toMap(GroupView.SubgroupView::id, GroupView.SubgroupView::name));
        List<Member> members = g.members().stream()
                .map(m -> new Member(m, m.subgroupId() == null ? null : names.get(m.subgroupId()))).toList();
        List<Option> subgroups = g.subgroups().stream().map(s -> new Option(s.id().toString(), s.name())).toList();
        return Templates.group(g, members, subgroups, form, saved).setLocale(shell.locale());
    }

    /**
     * Makes a change; a refusal by the group's rules (400/409) answers its Dutch message ({@code invalid} for a
     * refused value, the closed group's message for a conflict), else null. Not found stays a problem (404).
     */
    static String attempt(GroupMessages m, Runnable change, Function<ProblemException, String> invalid) {
        try {
            change.run();
            return null;
        } catch (ProblemException e) {
            int status = e.problem().status();
            if (status == 409) {
                return m.closed();
            }
            if (status == 400 || status == 422) {
                return invalid.apply(e);
            }
            throw e;
        }
    }
}
