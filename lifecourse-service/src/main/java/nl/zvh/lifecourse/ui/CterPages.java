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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.lifecourse.cter.CterPersons;
import nl.zvh.lifecourse.cter.CterRequests;
import nl.zvh.lifecourse.cter.CterRequests.PersonView;
import nl.zvh.lifecourse.cter.CterWeighings;
import nl.zvh.lifecourse.cter.Ideology;
import nl.zvh.lifecourse.sessions.NewSession;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.shell.Shell;

/**
 * The CTER weighing agenda, for cter-members only: the register (every person shown audited), registering a person by
 * hand, planning a weighing session, the sessions, and the review worklist of follow-up dates.
 */
@Path("/ui/cter")
@RolesAllowed(Access.CTER_MEMBER)
public class CterPages {
    static final int PERSONS_PER_PAGE = 25;
    static final int SESSIONS_PER_PAGE = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cter(List<PersonView> persons, Paging paging,
                ListPage<CterRequests.SessionView> sessions, List<Option> ideologies, Form form, String notice);

        static native TemplateInstance review(List<PersonView> persons, LocalDate today);
    }

    @Inject
    CterPersons cterPersons;

    @Inject
    CterWeighings weighings;

    @Inject
    CurrentUser user;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance cter(@Context UriInfo uri, @QueryParam("notice") String notice) {
        CterMessages msg = Bundles.cter(shell.locale());
        return page(Responses.query(uri), Form.empty(), "person".equals(notice) ? msg.personRegistered() : null);
    }

    @POST
    @Path("/persons")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response register(@Context UriInfo uri, MultivaluedMap<String, String> body) {
        Fields in = Fields.of(body, shell.locale());
        String first = in.text("firstName", 100, false);
        String last = in.text("lastName", 200, true);
        String place = in.text("municipality", 100, true);
        String source = in.text("source", 200, true);
        Ideology ideology = in.choice("ideology", Ideology.class, true);
        if (!in.ok()) {
            return Responses.refused(page(Responses.query(uri), in.form(), null));
        }
        cterPersons.report(user.requireHouse(), new CterRequests.NewPerson(place, null, first, last, source, ideology));
        return Responses.seeOther("/ui/cter", "person");
    }

    @POST
    @Path("/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response plan(@Context UriInfo uri, MultivaluedMap<String, String> body) {
        Fields in = Fields.of(body, shell.locale());
        LocalDate on = in.date("sessionDate", true, false);
        List<String> present = in.lines("attendees", 100, 19, true);
        if (!in.ok()) {
            return Responses.refused(page(Responses.query(uri), in.form(), null));
        }
        CterRequests.SessionView opened = weighings.open(user.requireHouse(), new NewSession(on, present));
        return Responses.seeOther("/ui/cter/sessions/" + opened.id(), "opened");
    }

    @GET
    @Path("/review")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance review() {
        List<PersonView> due = cterPersons.forReview(user.requireHouse()).stream().map(PersonView::of).toList();
        return Templates.review(due, LocalDate.now()).setLocale(shell.locale());
    }

    @Transactional
    TemplateInstance page(Map<String, String> query, Form form, String notice) {
        String house = user.requireHouse();
        List<PersonView> persons = cterPersons.list(house).stream().map(PersonView::of).toList();
        Paging paging = Paging.of(shell.path(), query, PERSONS_PER_PAGE, persons.size(), null);
        ListPage<CterRequests.SessionView> sessions = ListPage.of(weighings.sessions(house), SESSIONS_PER_PAGE,
                "sessions", shell.path(), query);
        return Templates
                .cter(persons.subList(paging.offset(), Math.min(persons.size(), paging.offset() + paging.size())),
                        paging, sessions, Option.of(Ideology.class, shell.locale()), form, notice)
                .setLocale(shell.locale());
    }
}
