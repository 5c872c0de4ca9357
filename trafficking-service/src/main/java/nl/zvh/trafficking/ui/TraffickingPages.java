package nl.zvh.trafficking.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.HtmxNotice;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;
import nl.zvh.trafficking.approach.ApproachInputs;
import nl.zvh.trafficking.approach.ApproachStatus;
import nl.zvh.trafficking.approach.ApproachView;
import nl.zvh.trafficking.approach.Approaches;
import nl.zvh.trafficking.approach.OpenShelterRequest;
import nl.zvh.trafficking.approach.ShelterStatus;
import nl.zvh.trafficking.signal.SignalScope;
import nl.zvh.trafficking.signal.SignalSummary;
import nl.zvh.trafficking.signal.Signals;

/**
 * The coordinator's pages in the platform's shell: the signals inbox, an approach with its care route, and the open
 * shelter requests. A shelter's answer is recorded per request with htmx (or as a classic form without JavaScript):
 * the result is announced, a refused save comes back with what was typed and the Dutch reason next to the field and
 * in the error summary. Nothing here logs; exploitation data stay in the database and on the coordinator's screen.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(SignalScope.COORDINATOR)
public class TraffickingPages {
    static final int PAGE_SIZE = 25;
    static final int REASON_MAX = 1000;

    /** A shelter request and what its answer form shows: empty, or what was typed when the save was refused. */
    public record ShelterRow(ApproachView.Shelter request, Form form) {
        public String key() {
            return request.id().toString();
        }

        public String statusId() {
            return "status-" + key();
        }

        public String reasonId() {
            return "refusalReason-" + key();
        }

        public String confirmId() {
            return "confirm-" + key();
        }

        public boolean asked() {
            return request.status() == ShelterStatus.ASKED;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(List<SignalSummary> signals, Paging paging);

        static native TemplateInstance approach(ApproachView approach, List<ShelterRow> rows, List<Option> answers);

        static native TemplateInstance shelterRow(ApproachView approach, ShelterRow row, List<Option> answers,
                boolean oob);

        static native TemplateInstance shelters(List<OpenShelterRequest> requests, Paging paging);
    }

    @Inject
    Signals signals;

    @Inject
    Approaches approaches;

    @Inject
    Shell shell;

    @GET
    @SuppressWarnings("unchecked")
    public TemplateInstance inbox(@Context UriInfo uri) {
        Paging paging = paging(uri, signals.count());
        List<SignalSummary> page = paging.total() == 0
                ? List.of()
                : (List<SignalSummary>) signals.list(null, paging.page() - 1, paging.size());
        return Templates.inbox(page, paging);
    }

    @GET
    @Path("/approaches/{id}")
    public TemplateInstance approach(@PathParam("id") UUID id) {
        return approachPage(approaches.get(id), null);
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
        TraffickingMessages msg = messages();
        Form form = Form.of(body);
        ShelterRow ids = new ShelterRow(new ApproachView.Shelter(requestId, null, false, null, null, null, null, null),
                form);
        String typedStatus = trim(form.value("status"));
        ShelterStatus status = answer(typedStatus);
        if (typedStatus == null) {
            form.reject(ids.statusId(), msg.errorAnswerRequired());
        } else if (status == null) {
            form.reject(ids.statusId(), msg.errorAnswerInvalid());
        }
        String reason = trim(form.value("refusalReason"));
        if (reason != null && reason.length() > REASON_MAX) {
            form.reject(ids.reasonId(), msg.errorTooLong(REASON_MAX, reason.length()));
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
            ShelterRow row = new ShelterRow(saved, form);
            TemplateInstance page = viaHtmx
                    ? Templates.shelterRow(view, row, answers(), true)
                    : approachPage(view, row);
            return Response.status(422).entity(page).build();
        }
        if (!viaHtmx) {
            return Response.seeOther(URI.create(shell.prefix() + "/ui/approaches/" + id + "#shelter-" + requestId))
                    .build();
        }
        String notice = msg.shelterSaved(saved.shelterName(),
                Labels.of(saved.status(), shell.locale()).toLowerCase(Locale.ROOT));
        return Response.ok(Templates.shelterRow(view, new ShelterRow(saved, Form.empty()), answers(), true))
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

    private TemplateInstance approachPage(ApproachView approach, ShelterRow refused) {
        List<ShelterRow> rows = approach.shelterRequests().stream()
                .map(r -> refused != null && refused.request().id().equals(r.id())
                        ? new ShelterRow(r, refused.form())
                        : new ShelterRow(r, Form.empty()))
                .toList();
        return Templates.approach(approach, rows, answers());
    }

    /** The answers a shelter gives to a request. */
    private List<Option> answers() {
        return Option.of(shell.locale(), ShelterStatus.PLACED, ShelterStatus.REFUSED);
    }

    private static ShelterStatus answer(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "PLACED" -> ShelterStatus.PLACED;
            case "REFUSED" -> ShelterStatus.REFUSED;
            default -> null;
        };
    }

    private TraffickingMessages messages() {
        return UiLanguage.isEnglish(shell.locale())
                ? MessageBundles.get(TraffickingMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(TraffickingMessages.class);
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
