package nl.zvh.triage.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.triage.check.CheckViews;
import nl.zvh.triage.check.Checks;
import nl.zvh.triage.check.FamiliarityCheckRequested;
import nl.zvh.triage.check.Sensitivity;

/** The familiarity checks of the caller's organisation with their answer forms. */
@Path("/ui")
public class ChecksPage {
    static final int CHECKS_PAGE_SIZE = 10;

    /** One check of the own organisation with its answer form (as saved, or as typed when a save was refused). */
    public record CheckCard(CheckViews.PartnerCheck check, String mainPersonName, Form form) {
        public String knownId() {
            return "known-" + check.checkId();
        }

        public String summaryId() {
            return "summary-" + check.checkId();
        }

        public String sourceSystemId() {
            return "sourceSystem-" + check.checkId();
        }

        public String sensitivityId() {
            return "sensitivity-" + check.checkId();
        }

        public boolean knownChosen(boolean value) {
            return String.valueOf(value).equals(form.value("known"));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checks(String organisation, List<CheckCard> cards, Paging paging,
                List<Option> sensitivities, String notice, String error);
    }

    @Inject
    Checks checks;

    @Inject
    Shell shell;

    @Inject
    CurrentUser user;

    @GET
    @Path("/checks")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"triage-member", "triage-chair"})
    public TemplateInstance checks(@Context UriInfo uri, @QueryParam("saved") UUID saved) {
        List<CheckViews.PartnerCheck> own = checks.ownOrganisation(null);
        Paging paging = Paging.of(shell.path(), Pages.query(uri), CHECKS_PAGE_SIZE, own.size(), null);
        String notice = null;
        if (saved != null) {
            TableMessages text = Texts.of(shell.locale());
            notice = own.stream().filter(c -> c.checkId().equals(saved)).findFirst()
                    .map(c -> text.answerSaved(mainPersonName(c))).orElse(text.answerSavedNoName());
        }
        return page(own, paging, null, null, notice, null);
    }

    @POST
    @Path("/checks/{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"triage-member", "triage-chair"})
    public Response answer(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix,
            MultivaluedMap<String, String> fields) {
        TableMessages text = Texts.of(shell.locale());
        Form form = Form.of(new HashMap<>(fields));
        String known = form.value("known");
        String summary = Pages.blankToNull(form.value("summary"));
        String sourceSystem = Pages.blankToNull(form.value("sourceSystem"));
        Sensitivity sensitivity = Enums.parse(Sensitivity.class, form.value("sensitivity"));
        if (!"true".equals(known) && !"false".equals(known)) {
            form.reject("known-" + id, text.knownRequired());
        }
        if (summary != null && summary.length() > 2000) {
            form.reject("summary-" + id, text.summaryTooLong());
        }
        if (sourceSystem != null && sourceSystem.length() > 200) {
            form.reject("sourceSystem-" + id, text.sourceSystemTooLong());
        }
        if (sensitivity == null) {
            form.reject("sensitivity-" + id, text.sensitivityRequired());
        }
        if (!form.hasErrors()) {
            try {
                checks.answer(id, new Checks.Answer("true".equals(known), summary, sourceSystem, sensitivity));
                List<CheckViews.PartnerCheck> own = checks.ownOrganisation(null);
                return Pages.seeOther(prefix, "/ui/checks?" + pageOf(own, id) + "saved=" + id);
            } catch (ProblemException refused) {
                Problem problem = refused.problem();
                if (problem.status() == 404) {
                    return refusedPage(404, id, null, text.checkNotFound());
                }
                if (problem.status() == 409) {
                    return refusedPage(409, id, null, text.checkClosed());
                }
                for (Problem.FieldError error : problem.errors() == null
                        ? List.<Problem.FieldError>of()
                        : problem.errors()) {
                    form.reject(error.field() + "-" + id, switch (error.field()) {
                        case "summary" -> text.summaryRequired();
                        case "sensitivity" -> text.sensitivityNotLowered();
                        default -> text.answerNotSaved();
                    });
                }
                if (!form.hasErrors()) {
                    form.reject("known-" + id, text.answerNotSaved());
                }
            }
        }
        return refusedPage(422, id, form, null);
    }

    private Response refusedPage(int status, UUID id, Form form, String error) {
        List<CheckViews.PartnerCheck> own = checks.ownOrganisation(null);
        Map<String, String> query = new LinkedHashMap<>();
        int index = indexOf(own, id);
        if (index >= 0) {
            query.put("page", String.valueOf(index / CHECKS_PAGE_SIZE + 1));
        }
        Paging paging = Paging.of(shell.prefix() + "/ui/checks", query, CHECKS_PAGE_SIZE, own.size(), null);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page(own, paging, id, form, null, error))
                .build();
    }

    private TemplateInstance page(List<CheckViews.PartnerCheck> own, Paging paging, UUID failed, Form typed,
            String notice, String error) {
        List<CheckCard> cards = new ArrayList<>();
        for (CheckViews.PartnerCheck c : Pages.slice(own, paging)) {
            Form form = c.checkId().equals(failed) && typed != null ? typed : saved(c);
            cards.add(new CheckCard(c, mainPersonName(c), form));
        }
        Locale locale = shell.locale();
        return Templates.checks(user.organisation(), cards, paging, Option.of(Sensitivity.class, locale), notice,
                error);
    }

    /** The form as the answer stands (or empty, with the usual sensitivity, for an open check). */
    private static Form saved(CheckViews.PartnerCheck c) {
        Map<String, String> values = new HashMap<>();
        CheckViews.AnswerView a = c.answer();
        values.put("known", a == null ? null : String.valueOf(a.known()));
        values.put("summary", a == null ? null : a.summary());
        values.put("sourceSystem", a == null ? null : a.sourceSystem());
        values.put("sensitivity",
                a == null || a.sensitivity() == null ? Sensitivity.NORMAL.name() : a.sensitivity().name());
        return Form.ofSingle(values);
    }

    static String mainPersonName(CheckViews.PartnerCheck c) {
        return c.persons().stream().filter(p -> "MAIN".equals(p.role())).findFirst()
                .or(() -> c.persons().stream().findFirst()).map(ChecksPage::name).orElse("");
    }

    static String name(FamiliarityCheckRequested.Person p) {
        return PersonIdentity.fullName(p.firstName(), p.surnamePrefix(), p.lastName());
    }

    private static int indexOf(List<CheckViews.PartnerCheck> own, UUID id) {
        for (int i = 0; i < own.size(); i++) {
            if (own.get(i).checkId().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** "page=N&" for the page a check is on (nothing for the first page). */
    private static String pageOf(List<CheckViews.PartnerCheck> own, UUID id) {
        int index = indexOf(own, id);
        int page = index < 0 ? 1 : index / CHECKS_PAGE_SIZE + 1;
        return page > 1 ? "page=" + page + "&" : "";
    }
}
