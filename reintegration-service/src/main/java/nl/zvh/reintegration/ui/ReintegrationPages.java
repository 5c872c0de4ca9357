package nl.zvh.reintegration.ui;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.HtmxNotice;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.reintegration.measures.MeasureViews.AwaitingMayor;
import nl.zvh.reintegration.measures.Measures;
import nl.zvh.reintegration.track.ConditionStatus;
import nl.zvh.reintegration.track.ConditionType;
import nl.zvh.reintegration.track.Consent;
import nl.zvh.reintegration.track.TrackView;
import nl.zvh.reintegration.track.Tracks;
import nl.zvh.reintegration.track.WorklistItem;

/**
 * The coordinator's pages in the platform's shell: upcoming releases, a track with its consent and the checklist of
 * five basic conditions (saved one at a time with htmx, or as a classic form without JavaScript), and BIJ items
 * awaiting the mayor. A refused save comes back with what was typed and the Dutch reason next to the field and in
 * the error summary; a successful one is announced.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("reintegration-coordinator")
public class ReintegrationPages {
    static final int PAGE_SIZE = 25;
    static final int PARTNER_MAX = 200;
    static final int NOTES_MAX = 2000;
    private static final Pattern LOGIN_NAME = Pattern.compile("[a-z0-9._@-]+");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance worklist(List<WorklistItem> items, Paging paging);

        static native TemplateInstance condition(TrackView track, ConditionRow row, List<Option> statuses, boolean oob);

        static native TemplateInstance bij(List<AwaitingMayor> items, Paging paging);
    }

    @Inject
    Tracks tracks;

    @Inject
    Measures measures;

    @Inject
    Shell shell;

    @Inject
    TrackPage trackPage;

    @GET
    @RolesAllowed({"reintegration-coordinator", "functional-admin"})
    public Object worklist(@Context UriInfo uri) {
        if (!shell.user().roles().contains("reintegration-coordinator")) {
            // the functional administrator comes to re-integration for the house's history, not for tracks
            return Response.seeOther(java.net.URI.create(shell.prefix() + "/ui/admin/history")).build();
        }
        List<WorklistItem> all = tracks.worklist(LocalDate.now());
        Paging paging = paging(uri, all.size());
        return Templates.worklist(page(all, paging), paging);
    }

    @GET
    @Path("/tracks/{id}")
    public TemplateInstance track(@PathParam("id") UUID id, @QueryParam("saved") String saved) {
        String notice = null;
        if ("consent".equals(saved)) {
            notice = messages().consentSaved();
        } else if (saved != null && saved.matches("[a-z0-9-]{1,40}")) {
            notice = Texts.of(TrackPageMessages.class, shell.locale()).saved();
        }
        return trackPage.render(id, notice);
    }

    /** Records the person's consent (classic form): 303 back to the track, or the page again with the reasons. */
    @POST
    @Path("/tracks/{id}/consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveConsent(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        ReintegrationMessages msg = messages();
        Fields in = Fields.of(body, shell.locale());
        if (blank(body, "consent")) {
            in.reject("consent", msg.errorConsentRequired());
        }
        Consent consent = in.choice("consent", Consent.class, true);
        if (consent != null && consent != Consent.NOT_ASKED && blank(body, "date")) {
            in.reject("date", msg.errorConsentDateRequired());
        }
        LocalDate date = in.date("date", false, true);
        Form form = in.form();
        if (in.ok()) {
            try {
                tracks.recordConsent(id, consent, date);
                return Response.seeOther(URI.create(shell.prefix() + "/ui/tracks/" + id + "?saved=consent")).build();
            } catch (ProblemException e) {
                form.reject(e.problem().status() == 409 ? "closed" : "date", refusal(e));
            }
        }
        TrackView track = tracks.get(id);
        return Response.status(422).entity(trackPage.render(track, form, null, TrackForms.none(), null)).build();
    }

    /**
     * Saves one basic condition. With htmx: the condition's block (and, out of band, the readiness and the error
     * summary), 200 with an announced result or 422 with the reasons. Without JavaScript: 303 back to the track, or
     * the whole page again (422) with what was typed.
     */
    @POST
    @Path("/tracks/{id}/conditions/{condition}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveCondition(@PathParam("id") UUID id, @PathParam("condition") ConditionType condition,
            @HeaderParam("HX-Request") String htmx, MultivaluedMap<String, String> body) {
        ReintegrationMessages msg = messages();
        Fields in = Fields.of(body, shell.locale());
        if (blank(body, "status")) {
            in.reject("status", msg.errorStatusRequired());
        }
        ConditionStatus status = in.choice("status", ConditionStatus.class, true);
        String partner = in.text("responsiblePartner", PARTNER_MAX, false);
        String notes = in.text("notes", NOTES_MAX, false);
        Form form = Form.of(body);
        ConditionRow ids = ConditionRow.ids(condition, form);
        in.form().errors().forEach(e -> form.reject(e.field() + "-" + condition.name(), e.message()));
        TrackView track = null;
        if (!form.hasErrors()) {
            try {
                track = tracks.updateCondition(id, condition, status, partner, notes);
            } catch (ProblemException e) {
                String reason = refusal(e);
                track = tracks.get(id);
                boolean consentRule = e.problem().errors() != null
                        && e.problem().errors().stream().anyMatch(f -> "status".equals(f.field()));
                form.reject(ids.statusId(),
                        consentRule
                                ? msg.errorNeedsConsent(
                                        Labels.of(track.consent(), shell.locale()).toLowerCase(Locale.ROOT))
                                : reason);
            }
        } else {
            track = tracks.get(id);
        }
        TrackView.ConditionView saved = track.conditions().stream().filter(c -> c.condition() == condition).findFirst()
                .orElseThrow();
        boolean viaHtmx = "true".equalsIgnoreCase(htmx);
        if (form.hasErrors()) {
            ConditionRow row = new ConditionRow(saved, form);
            TemplateInstance page = viaHtmx
                    ? Templates.condition(track, row, statuses(), true)
                    : trackPage.render(track, TrackPage.consentForm(track), row, TrackForms.none(), null);
            return Response.status(422).entity(page).build();
        }
        if (!viaHtmx) {
            return Response.seeOther(URI.create(shell.prefix() + "/ui/tracks/" + id + "#condition-" + condition.name()))
                    .build();
        }
        String notice = msg.conditionSaved(Labels.of(condition, shell.locale()),
                Labels.of(saved.status(), shell.locale()).toLowerCase(Locale.ROOT));
        return Response.ok(Templates.condition(track, ConditionRow.saved(saved), statuses(), true))
                .header("HX-Trigger", HtmxNotice.of(notice)).build();
    }

    @GET
    @Path("/bij")
    public TemplateInstance bij(@Context UriInfo uri) {
        List<AwaitingMayor> all = measures.awaitingMayor();
        Paging paging = paging(uri, all.size());
        return Templates.bij(page(all, paging), paging);
    }

    /** Whether a stored coordinator is a login name (older tracks), which the pages never show. */
    static boolean isLoginName(String coordinator) {
        return coordinator != null && LOGIN_NAME.matcher(coordinator).matches();
    }

    private List<Option> statuses() {
        return trackPage.statuses();
    }

    private ReintegrationMessages messages() {
        return Texts.of(ReintegrationMessages.class, shell.locale());
    }

    /**
     * Why the track refused a valid form, in the person's language: it was closed meanwhile (409), or a rule of the
     * track (400). Anything else (not found) the shell says in Dutch.
     */
    private String refusal(ProblemException e) {
        return switch (e.problem().status()) {
            case 409 -> Texts.of(TrackPageMessages.class, shell.locale()).errorTrackClosed();
            case 400 -> messages().errorNotSaved();
            default -> throw e;
        };
    }

    private static boolean blank(Map<String, List<String>> body, String field) {
        List<String> sent = body.get(field);
        return sent == null || sent.isEmpty() || sent.get(0) == null || sent.get(0).isBlank();
    }

    private Paging paging(UriInfo uri, int total) {
        Map<String, String> query = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
        return Paging.of(shell.path(), query, PAGE_SIZE, total, null);
    }

    private static <T> List<T> page(List<T> all, Paging paging) {
        int from = Math.min(paging.offset(), all.size());
        return all.subList(from, Math.min(from + paging.size(), all.size()));
    }
}
