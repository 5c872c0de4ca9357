package nl.zvh.lifecourse.ui;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.zvh.lifecourse.candidates.Candidate;
import nl.zvh.lifecourse.candidates.Candidates;
import nl.zvh.lifecourse.candidates.ClosureReason;
import nl.zvh.lifecourse.clients.Authors;
import nl.zvh.lifecourse.clients.ClientFiles;
import nl.zvh.lifecourse.clients.Clients;
import nl.zvh.lifecourse.clients.ContactOutcome;
import nl.zvh.lifecourse.clients.ContactType;
import nl.zvh.lifecourse.clients.DomainScores;
import nl.zvh.lifecourse.clients.EntryKind;
import nl.zvh.lifecourse.clients.IncidentKind;
import nl.zvh.lifecourse.clients.LifeDomain;
import nl.zvh.lifecourse.clients.NetworkRole;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.shell.Shell;

/**
 * The forms on a client's file: each checks what was sent (a refusal: the file again, 422, with what was typed and
 * the message next to the field), changes the file through {@link Clients} (scoped and audited as the API) and
 * redirects to the file with a notice.
 */
@Path("/ui/clients")
@RolesAllowed({Access.COORDINATOR, Access.CASE_MANAGER})
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML)
public class ClientForms {
    /** Prefix of the score fields, one per life domain: {@code score-HOUSING}. */
    static final String SCORE = "score-";

    @Inject
    Clients clients;

    @Inject
    ClientFiles files;

    @Inject
    ClientFilePage file;

    @Inject
    Candidates candidates;

    @Inject
    DomainScores scores;

    @Inject
    Authors author;

    @Inject
    CurrentUser user;

    @Inject
    Shell shell;

    @POST
    @Path("/{id}/contacts")
    public Response contact(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return save(id, body, "contact", in -> {
            ContactType type = in.choice("contactType", ContactType.class, true);
            LocalDate date = in.date("contactDate", true, true);
            ContactOutcome outcome = in.choice("contactOutcome", ContactOutcome.class, true);
            String note = in.text("contactNote", 4000, false);
            return c -> files.add(c, EntryKind.CONTACT, name(type), name(outcome), date, note, null, user.name());
        });
    }

    @POST
    @Path("/{id}/incidents")
    public Response incident(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return save(id, body, "incident", in -> {
            IncidentKind kind = in.choice("incidentKind", IncidentKind.class, true);
            LocalDate date = in.date("incidentDate", true, true);
            String note = in.text("incidentNote", 4000, false);
            return c -> files.add(c, EntryKind.INCIDENT, name(kind), null, date, note, null, user.name());
        });
    }

    @POST
    @Path("/{id}/network")
    public Response network(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return save(id, body, "network", in -> {
            NetworkRole role = in.choice("networkRole", NetworkRole.class, true);
            String who = in.text("networkName", 4000, true);
            return c -> files.add(c, EntryKind.NETWORK, name(role), null, LocalDate.now(), who, null, user.name());
        });
    }

    @POST
    @Path("/{id}/goals")
    public Response goal(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return save(id, body, "goal", in -> {
            LifeDomain domain = in.choice("goalDomain", LifeDomain.class, true);
            String goal = in.text("goalText", 4000, true);
            return c -> files.add(c, EntryKind.PLAN_GOAL, name(domain), null, LocalDate.now(), goal, null, user.name());
        });
    }

    @POST
    @Path("/{id}/safety-notes")
    public Response safetyNote(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return save(id, body, "safety-note", in -> {
            String note = in.text("safetyNote", 2000, true);
            String by = author.name();
            return c -> files.addSafetyNote(c, note, by);
        });
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed(Access.COORDINATOR)
    public Response close(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return save(id, body, "closed", in -> {
            ClosureReason reason = in.choice("closureReason", ClosureReason.class, true);
            String note = in.text("closureNote", 2000, reason == ClosureReason.OTHER);
            return c -> c.close(reason, note, Instant.now());
        });
    }

    /** The coordinator assigns a case manager, or (replace ticked) changes the client's case manager to this one. */
    @POST
    @Path("/{id}/case-managers")
    @RolesAllowed(Access.COORDINATOR)
    public Response assign(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return save(id, body, "case-manager", in -> {
            String organisation = in.text("caseManagerOrganisation", 200, true);
            String name = in.text("caseManagerName", 200, true);
            String login = in.text("caseManagerLogin", 100, true);
            boolean replace = in.checked("replaceCaseManagers");
            return c -> files.assign(c, organisation, login, name, replace);
        });
    }

    /** The life-domain scores of one date (at least one domain, each 1 to 5) with a note. */
    @POST
    @Path("/{id}/scores")
    public Response scores(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return save(id, body, "scores", in -> {
            LocalDate date = in.date("scoreDate", true, true);
            Map<LifeDomain, Integer> given = new EnumMap<>(LifeDomain.class);
            for (LifeDomain domain : LifeDomain.values()) {
                Integer score = in.number(SCORE + domain.name(), 1, 5, false);
                if (score != null) {
                    given.put(domain, score);
                }
            }
            if (given.isEmpty() && in.form().errors().stream().noneMatch(e -> e.field().startsWith(SCORE))) {
                in.reject(SCORE + LifeDomain.values()[0].name(), Bundles.form(shell.locale()).scoreOne());
            }
            String note = in.text("scoreNote", 2000, false);
            String by = author.name();
            return c -> scores.record(c, date, given, note, by);
        });
    }

    /** The person of a closed client proposed again: a new candidate on the waiting list, linked to this period. */
    @POST
    @Path("/{id}/new-period")
    @RolesAllowed(Access.COORDINATOR)
    public Response proposeAgain(@PathParam("id") UUID id) {
        candidates.proposeAgain(id, user.requireHouse());
        return Responses.seeOther("/ui/inclusion", "candidate");
    }

    private Response save(UUID id, MultivaluedMap<String, String> body, String notice,
            Function<Fields, Consumer<Candidate>> read) {
        Fields in = Fields.of(body, shell.locale());
        Consumer<Candidate> change = read.apply(in);
        if (!in.ok()) {
            return Responses.refused(file.page(id, in.form(), null));
        }
        clients.change(id, change);
        return Responses.seeOther("/ui/clients/" + id, notice);
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }
}
