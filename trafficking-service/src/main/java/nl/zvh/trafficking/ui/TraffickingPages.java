package nl.zvh.trafficking.ui;

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
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.HtmxNotice;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.trafficking.approach.ApproachInputs;
import nl.zvh.trafficking.approach.ApproachStatus;
import nl.zvh.trafficking.approach.ApproachView;
import nl.zvh.trafficking.approach.Approaches;
import nl.zvh.trafficking.approach.OpenShelterRequest;
import nl.zvh.trafficking.approach.ShelterStatus;
import nl.zvh.trafficking.signal.Channel;
import nl.zvh.trafficking.signal.ExploitationType;
import nl.zvh.trafficking.signal.Minority;
import nl.zvh.trafficking.signal.SignalInbox;
import nl.zvh.trafficking.signal.SignalScope;
import nl.zvh.trafficking.signal.SignalSummary;
import nl.zvh.trafficking.signal.SourceType;

/**
 * The coordinator's pages in the platform's shell: the signals inbox (with its filters), the open shelter requests,
 * and a shelter's answer on the approach page ({@link ApproachPage}), recorded per request with htmx (or as a
 * classic form without JavaScript; placed, refused with the reason, or later moved out):
 * the result is announced, a refused save comes back with what was typed and the Dutch reason next to the field and
 * in the error summary. Nothing here logs; exploitation data stay in the database and on the coordinator's screen.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(SignalScope.COORDINATOR)
public class TraffickingPages {
    static final int PAGE_SIZE = 25;
    static final int REASON_MAX = 1000;

    /** The inbox's filters as chosen, and what they offer in the person's language. */
    public record Filters(SignalInbox.Filter chosen, List<Option> types, List<Option> channels, List<Option> sources,
            List<Option> minorities) {
        public String type() {
            return code(chosen.type());
        }

        public String channel() {
            return code(chosen.channel());
        }

        public String source() {
            return code(chosen.source());
        }

        public String minority() {
            return code(chosen.minority());
        }

        private static String code(Enum<?> value) {
            return value == null ? "" : value.name();
        }

        public boolean any() {
            return chosen.type() != null || chosen.channel() != null || chosen.source() != null
                    || chosen.minority() != null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(List<SignalSummary> signals, Paging paging, Filters filters);

        static native TemplateInstance shelters(List<OpenShelterRequest> requests, Paging paging);
    }

    @Inject
    SignalInbox inbox;

    @Inject
    ApproachPage approachPage;

    @Inject
    Approaches approaches;

    @Inject
    Shell shell;

    /**
     * The house's signals, newest first, filtered by exploitation type, channel, source and minors. The functional
     * administrator (no coordinator) comes here for the house's history only: sent on to the history import.
     */
    @GET
    @RolesAllowed({SignalScope.COORDINATOR, "functional-admin"})
    public Object inbox(@Context UriInfo uri, @QueryParam("type") String type, @QueryParam("channel") String channel,
            @QueryParam("source") String source, @QueryParam("minor") String minor) {
        if (!shell.user().roles().contains(SignalScope.COORDINATOR)) {
            return Response.seeOther(URI.create(shell.prefix() + "/ui/admin/history")).build();
        }
        SignalInbox.Filter filter = new SignalInbox.Filter(code(ExploitationType.class, type),
                code(Channel.class, channel), code(SourceType.class, source), code(Minority.class, minor));
        Paging paging = paging(uri, inbox.count(filter));
        List<SignalSummary> page = paging.total() == 0
                ? List.of()
                : inbox.page(filter, paging.page() - 1, paging.size());
        Locale locale = shell.locale();
        return Templates.inbox(page, paging,
                new Filters(filter, Option.of(ExploitationType.class, locale), Option.of(Channel.class, locale),
                        Option.of(SourceType.class, locale), Option.of(Minority.class, locale)));
    }

    /**
     * Records the shelter's answer (placed, or refused with the reason). With htmx: the request's row (and, out of
     * band, the error summary of the table), 200 with an announced result or 422 with the reasons. Without
     * JavaScript: 303 back to the approach, or the whole page again (422) with what was typed.
     */
    @POST
    @Path("/approaches/{id}/shelter-requests/{requestId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answerShelter(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            @HeaderParam("HX-Request") String htmx, MultivaluedMap<String, String> body) {
        TraffickingMessages msg = UiTexts.pages(shell);
        Form form = Form.of(body);
        ShelterRow ids = approachPage
                .row(new ApproachView.Shelter(requestId, null, false, null, null, null, null, null), form);
        String typedStatus = trim(form.value("status"));
        ShelterStatus status = answer(typedStatus);
        if (typedStatus == null) {
            form.reject(ids.statusId(), msg.errorAnswerRequired());
        } else if (status == null) {
            form.reject(ids.statusId(), msg.errorAnswerInvalid());
        }
        String reason = trim(form.value("refusalReason"));
        if (reason != null && reason.length() > REASON_MAX) {
            form.reject(ids.reasonId(), Fields.messages(shell.locale()).tooLong(REASON_MAX));
        } else if (status == ShelterStatus.REFUSED && reason == null) {
            form.reject(ids.reasonId(), msg.errorRefusalReasonRequired());
        }
        ApproachView view = null;
        if (!form.hasErrors()) {
            try {
                view = approaches.updateShelter(id, requestId, new ApproachInputs.ShelterUpdate(status,
                        status == ShelterStatus.REFUSED ? reason : null, null));
            } catch (ProblemException e) {
                if (e.problem().status() != 400 && e.problem().status() != 409) {
                    throw e; // not found: the shell announces it in Dutch
                }
                view = approaches.get(id);
                refuse(form, ids, e.problem(), view, msg);
            }
        } else {
            view = approaches.get(id);
        }
        ApproachView.Shelter saved = view.shelterRequests().stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("shelter request " + requestId));
        boolean viaHtmx = "true".equalsIgnoreCase(htmx);
        if (form.hasErrors()) {
            ShelterRow row = approachPage.row(saved, form);
            TemplateInstance page = viaHtmx
                    ? approachPage.shelterRow(view, row)
                    : approachPage.render(view, row, approachPage.sections(view), null);
            return Response.status(422).entity(page).build();
        }
        if (!viaHtmx) {
            return Response.seeOther(URI.create(shell.prefix() + "/ui/approaches/" + id + "#shelter-" + requestId))
                    .build();
        }
        String notice = msg.shelterSaved(saved.shelterName(),
                Labels.of(saved.status(), shell.locale()).toLowerCase(Locale.ROOT));
        return Response.ok(approachPage.shelterRow(view, approachPage.row(saved, Form.empty())))
                .header("HX-Trigger", HtmxNotice.of(notice)).build();
    }

    @GET
    @Path("/shelters")
    public TemplateInstance shelters(@Context UriInfo uri) {
        List<OpenShelterRequest> all = approaches.openShelterRequests();
        Paging paging = paging(uri, all.size());
        int from = Math.min(paging.offset(), all.size());
        return Templates.shelters(all.subList(from, Math.min(from + paging.size(), all.size())), paging);
    }

    /** What the rules of the approach refused, in Dutch, next to the field it concerns. */
    private void refuse(Form form, ShelterRow ids, Problem problem, ApproachView view, TraffickingMessages msg) {
        if (problem.status() == 409 || view.status() == ApproachStatus.CLOSED) {
            form.reject(ids.statusId(), msg.errorApproachClosed());
            return;
        }
        List<Problem.FieldError> errors = problem.errors() == null ? List.of() : problem.errors();
        ShelterStatus now = view.shelterRequests().stream().filter(r -> r.id().equals(ids.request().id()))
                .map(ApproachView.Shelter::status).findFirst().orElse(null);
        for (Problem.FieldError error : errors) {
            switch (error.field()) {
                case "refusalReason" -> form.reject(ids.reasonId(), msg.errorRefusalReasonRequired());
                case "date" -> form.reject(ids.statusId(), msg.errorPlacedBeforeRequest());
                case "status" -> form.reject(ids.statusId(),
                        now == null || now == ShelterStatus.ASKED
                                ? msg.errorNotSaved()
                                : msg.errorAlreadyAnswered(Labels.of(now, shell.locale()).toLowerCase(Locale.ROOT)));
                default -> form.reject(ids.statusId(), msg.errorNotSaved());
            }
        }
        if (!form.hasErrors()) {
            form.reject(ids.statusId(), msg.errorNotSaved());
        }
    }

    private static ShelterStatus answer(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "PLACED" -> ShelterStatus.PLACED;
            case "REFUSED" -> ShelterStatus.REFUSED;
            case "LEFT" -> ShelterStatus.LEFT;
            default -> null;
        };
    }

    /** A filter's code, or no filter when it is empty or not one of the choices. */
    private static <E extends Enum<E>> E code(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Paging paging(UriInfo uri, long total) {
        Map<String, String> query = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
        return Paging.of(shell.path(), query, PAGE_SIZE, total, null);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
