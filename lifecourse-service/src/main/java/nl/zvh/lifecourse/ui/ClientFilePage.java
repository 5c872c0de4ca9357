package nl.zvh.lifecourse.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.Candidate;
import nl.zvh.lifecourse.candidates.CandidateRequests.CandidateView;
import nl.zvh.lifecourse.candidates.Candidates;
import nl.zvh.lifecourse.candidates.ClosureReason;
import nl.zvh.lifecourse.candidates.LifecourseAudit;
import nl.zvh.lifecourse.clients.ClientFiles;
import nl.zvh.lifecourse.clients.ClientRequests.ClientView;
import nl.zvh.lifecourse.clients.ClientScope;
import nl.zvh.lifecourse.clients.ContactOutcome;
import nl.zvh.lifecourse.clients.ContactType;
import nl.zvh.lifecourse.clients.DomainScores;
import nl.zvh.lifecourse.clients.IncidentKind;
import nl.zvh.lifecourse.clients.LifeDomain;
import nl.zvh.lifecourse.clients.NetworkRole;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;

/**
 * A client's file as a page: the latest safety note as a banner with its history, the facts, case managers, plan,
 * contacts, incidents, network, life-domain scores over time and reviews, the forms to add to them, and (for the
 * coordinator) assigning or changing the case manager and the closure; a closed
 * file is read-only and links to the new period when the person was proposed again.
 */
@RequestScoped
public class ClientFilePage {

    /** A case manager of a client as people read it: the organisation (only the login name is stored). */
    public record CaseManagerRow(String organisation, String name, Instant assignedAt, boolean mine) {
    }

    /** The choices of the file's forms, in the page's language; a score field (name, label) per life domain. */
    public record Choices(List<Option> contactTypes, List<Option> contactOutcomes, List<Option> incidentKinds,
            List<Option> domains, List<Option> networkRoles, List<Option> closureReasons, List<Option> scoreFields) {
        static Choices in(Locale locale) {
            List<Option> domains = Option.of(LifeDomain.class, locale);
            return new Choices(Option.of(ContactType.class, locale), Option.of(ContactOutcome.class, locale),
                    Option.of(IncidentKind.class, locale), domains, Option.of(NetworkRole.class, locale),
                    Option.of(ClosureReason.class, locale),
                    domains.stream().map(d -> new Option(ClientForms.SCORE + d.value(), d.label())).toList());
        }
    }

    @CheckedTemplate(basePath = "ClientPages")
    static class Templates {
        static native TemplateInstance client(ClientView client, List<CaseManagerRow> caseManagers,
                CandidateView nextPeriod, DomainScores.Trend trend, Choices choices, Form form, String notice);
    }

    @Inject
    ClientScope scope;

    @Inject
    ClientFiles files;

    @Inject
    Candidates candidates;

    @Inject
    DomainScores scores;

    @Inject
    LifecourseAudit audit;

    @Inject
    CurrentUser user;

    @Inject
    Shell shell;

    /** The file of a client the caller sees (else 404), audited as read, with a refused form or a notice. */
    @Transactional
    TemplateInstance page(UUID id, Form form, String notice) {
        Candidate c = scope.require(id);
        audit.candidate(AuditAction.READ, c, ClientScope.PURPOSE);
        ClientView view = files.view(c);
        List<String> me = List.of(user.name().toLowerCase(Locale.ROOT), user.id().toLowerCase(Locale.ROOT));
        List<CaseManagerRow> managers = view
                .caseManagers().stream().map(
                        m -> new CaseManagerRow(m.organisation(), m.name(), m.assignedAt(),
                                m.username() != null && me.contains(m.username().toLowerCase(Locale.ROOT))
                                        && m.organisation().equalsIgnoreCase(String.valueOf(user.organisation()))))
                .toList();
        CandidateView next = candidates.nextPeriodOf(c).map(CandidateView::of).orElse(null);
        return Templates.client(view, managers, next, scores.trend(c), Choices.in(shell.locale()), form, notice)
                .setLocale(shell.locale());
    }
}
