package nl.zvh.lifecourse.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.lifecourse.cter.CterOutcome;
import nl.zvh.lifecourse.cter.CterPerson;
import nl.zvh.lifecourse.cter.CterPersons;
import nl.zvh.lifecourse.cter.CterRequests.NewWeighing;
import nl.zvh.lifecourse.cter.CterRequests.SessionView;
import nl.zvh.lifecourse.cter.CterWeighings;
import nl.zvh.lifecourse.cter.Ideology;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;

/**
 * One CTER weighing session: its attendees, the outcomes recorded per person, and the form that records an outcome for
 * a person on the register (more information needed asks a follow-up date). Every person the page shows is audited:
 * those weighed at the session as read, the register's choices as a search.
 */
@Path("/ui/cter/sessions/{id}")
@RolesAllowed(Access.CTER_MEMBER)
public class CterSessionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance session(SessionView session, List<Option> persons, List<Option> outcomes,
                List<Option> ideologies, Form form, String notice);
    }

    @Inject
    CterPersons persons;

    @Inject
    CterWeighings weighings;

    @Inject
    CurrentUser user;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance session(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        CterMessages msg = Bundles.cter(shell.locale());
        String text = switch (notice == null ? "" : notice) {
            case "opened" -> msg.sessionOpened();
            case "weighed" -> msg.weighed();
            default -> null;
        };
        return page(id, Form.empty(), text);
    }

    @POST
    @Path("/weighings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response weigh(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        String house = user.requireHouse();
        SessionView session = weighings.session(id, house);
        Fields in = Fields.of(body, shell.locale());
        CterMessages msg = Bundles.cter(shell.locale());
        Optional<CterPerson> person = parse(body.getFirst("cterPersonId")).flatMap(p -> persons.inHouse(p, house));
        if (person.isEmpty()) {
            in.reject("cterPersonId", in.messages().choose());
        }
        String officer = in.text("safetyOfficer", 200, true);
        CterOutcome outcome = in.choice("outcome", CterOutcome.class, true);
        String followUp = in.text("followUp", 2000, false);
        LocalDate review = in.date("reviewDate", false, false);
        if (outcome == CterOutcome.GATHER_MORE_INFORMATION && review == null && in.form().error("reviewDate") == null) {
            in.reject("reviewDate", msg.reviewDateRequired());
        }
        if (review != null && review.isBefore(session.date())) {
            in.reject("reviewDate", msg.reviewDateBeforeSession());
        }
        String chosen = body.getFirst("ideology");
        Ideology ideology = chosen == null || chosen.isBlank() ? null : in.choice("ideology", Ideology.class, true);
        if (person.isPresent() && person.get().ideology() == null && ideology == null) {
            in.reject("ideology", msg.ideologyRequired());
        }
        if (!in.ok()) {
            return Responses.refused(page(id, in.form(), null));
        }
        weighings.weigh(id, house, new NewWeighing(person.get().id(), officer, outcome, followUp, review, ideology),
                user.name());
        return Responses.seeOther("/ui/cter/sessions/" + id, "weighed");
    }

    @Transactional
    TemplateInstance page(UUID id, Form form, String notice) {
        String house = user.requireHouse();
        SessionView session = weighings.session(id, house);
        List<CterPerson> register = persons.list(house);
        List<Option> choices = register.stream().map(p -> new Option(p.id().toString(), p.fullName())).toList();
        Locale locale = shell.locale();
        return Templates.session(session, choices, Option.of(CterOutcome.class, locale),
                Option.of(Ideology.class, locale), form, notice).setLocale(locale);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
