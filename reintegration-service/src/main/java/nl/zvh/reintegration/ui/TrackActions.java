package nl.zvh.reintegration.ui;

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
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.reintegration.aftercare.Aftercare;
import nl.zvh.reintegration.aftercare.AftercareEntry;
import nl.zvh.reintegration.escalation.Escalations;
import nl.zvh.reintegration.measures.Article18bExchange;
import nl.zvh.reintegration.measures.BijItem;
import nl.zvh.reintegration.measures.IsdPhase;
import nl.zvh.reintegration.measures.MeasureInputs;
import nl.zvh.reintegration.measures.Measures;
import nl.zvh.reintegration.track.CloseReason;
import nl.zvh.reintegration.track.Tracks;

/**
 * The track page's section forms (classic posts, no JavaScript needed): contacts and signals after release, BIJ and
 * the mayor's assessment, ISD orders and phases, article 18b requests and answers, escalation and closing. Saved: 303
 * back to the section with a notice; refused: the whole page again (422) with what was typed and the Dutch reason
 * next to the field.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("reintegration-coordinator")
public class TrackActions {
    static final int TEXT_MAX = 2000;
    static final int PARTNER_MAX = 200;

    final Tracks tracks;
    final Measures measures;
    final Escalations escalations;
    final Aftercare aftercare;
    final TrackPage page;
    final Shell shell;

    @Inject
    TrackActions(Tracks tracks, Measures measures, Escalations escalations, Aftercare aftercare, TrackPage page,
            Shell shell) {
        this.tracks = tracks;
        this.measures = measures;
        this.escalations = escalations;
        this.aftercare = aftercare;
        this.page = page;
        this.shell = shell;
    }

    @POST
    @Path("/tracks/{id}/aftercare")
    public Response aftercare(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        Fields in = Fields.of(body, shell.locale());
        AftercareEntry.Kind kind = in.choice("kind", AftercareEntry.Kind.class, true);
        LocalDate on = in.date("occurredOn", true, kind == AftercareEntry.Kind.SIGNAL); // a contact may be planned
        String partner = in.text("partner", PARTNER_MAX, false);
        String summary = in.text("summary", TEXT_MAX, true);
        return save(id, "aftercare", body, in, () -> aftercare.record(id, kind, on, partner, summary));
    }

    @POST
    @Path("/tracks/{id}/bij")
    public Response informMayor(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        Fields in = Fields.of(body, shell.locale());
        BijItem.OffenceCategory category = in.choice("offenceCategory", BijItem.OffenceCategory.class, true);
        LocalDate on = in.date("mayorNotifiedOn", true, true);
        return save(id, "bij", body, in, () -> measures.informMayor(id, new MeasureInputs.NewBij(category, on)));
    }

    @POST
    @Path("/tracks/{id}/bij/{bijId}/assessment")
    public Response assess(@PathParam("id") UUID id, @PathParam("bijId") UUID bijId,
            MultivaluedMap<String, String> body) {
        Fields in = Fields.of(body, shell.locale());
        BijItem.Assessment assessment = in.choice("assessment", BijItem.Assessment.class, true);
        LocalDate on = in.date("assessedOn", true, true);
        String decided = in.text("measures", TEXT_MAX, false);
        return save(id, "assess-" + bijId, body, in,
                () -> measures.recordAssessment(id, bijId, new MeasureInputs.MayorAssessment(assessment, on, decided)));
    }

    @POST
    @Path("/tracks/{id}/isd-orders")
    public Response isd(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        Fields in = Fields.of(body, shell.locale());
        LocalDate start = in.date("termStart", true, false);
        LocalDate end = in.date("termEnd", true, false);
        IsdPhase.Phase phase = in.choice("phase", IsdPhase.Phase.class, true);
        LocalDate startsOn = in.date("startsOn", true, false);
        return save(id, "isd", body, in, () -> measures.addIsdOrder(id,
                new MeasureInputs.NewIsdOrder(start, end, List.of(new MeasureInputs.NewPhase(phase, startsOn, null)))));
    }

    @POST
    @Path("/tracks/{id}/isd-orders/{orderId}/phases")
    public Response isdPhase(@PathParam("id") UUID id, @PathParam("orderId") UUID orderId,
            MultivaluedMap<String, String> body) {
        Fields in = Fields.of(body, shell.locale());
        IsdPhase.Phase phase = in.choice("phase", IsdPhase.Phase.class, true);
        LocalDate startsOn = in.date("startsOn", true, false);
        String notes = in.text("notes", 1000, false);
        return save(id, "phase-" + orderId, body, in,
                () -> measures.addIsdPhase(id, orderId, new MeasureInputs.NewPhase(phase, startsOn, notes)));
    }

    @POST
    @Path("/tracks/{id}/article18b")
    public Response request18b(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        Fields in = Fields.of(body, shell.locale());
        Article18bExchange.Direction direction = in.choice("direction", Article18bExchange.Direction.class, true);
        LocalDate on = in.date("requestedOn", true, true);
        String question = in.text("question", TEXT_MAX, true);
        return save(id, "a18b", body, in,
                () -> measures.requestArticle18b(id, new MeasureInputs.NewArticle18b(direction, on, question)));
    }

    @POST
    @Path("/tracks/{id}/article18b/{requestId}/answer")
    public Response answer18b(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            MultivaluedMap<String, String> body) {
        Fields in = Fields.of(body, shell.locale());
        LocalDate on = in.date("answeredOn", true, true);
        String answer = in.text("answer", TEXT_MAX, true);
        return save(id, "answer-" + requestId, body, in,
                () -> measures.answerArticle18b(id, requestId, new MeasureInputs.Article18bAnswer(on, answer)));
    }

    @POST
    @Path("/tracks/{id}/escalations")
    public Response escalate(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        Fields in = Fields.of(body, shell.locale());
        String reason = in.text("reason", TEXT_MAX, true);
        String risk = in.text("riskSummary", 4000, true);
        return save(id, "escalation", body, in, () -> escalations.escalate(id, reason, risk));
    }

    @POST
    @Path("/tracks/{id}/close")
    public Response close(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        Fields in = Fields.of(body, shell.locale());
        CloseReason reason = in.choice("reason", CloseReason.class, true);
        LocalDate on = in.date("closedOn", true, true);
        String note = in.text("note", TEXT_MAX, false);
        return save(id, "close", body, in, () -> tracks.close(id, reason, note, on));
    }

    /**
     * Runs the save when the form is valid: 303 back to the form's section. A rule of the track refused (problem 400),
     * the track was closed meanwhile (409) or the input was incomplete: the page again with what was typed and the
     * reasons next to the fields.
     */
    private Response save(UUID id, String key, Map<String, List<String>> body, Fields in, Runnable saving) {
        SubForm f = SubForm.of(key, body, in);
        if (!f.hasErrors()) {
            try {
                saving.run();
                String section = f.key().replaceAll("-.*", "");
                return Response
                        .seeOther(URI.create(
                                shell.prefix() + "/ui/tracks/" + id + "?saved=" + section + "#" + section + "-section"))
                        .build();
            } catch (ProblemException e) {
                refuse(f, e);
            }
        }
        return Response.status(422).entity(page.refused(id, f)).build();
    }

    private void refuse(SubForm f, ProblemException e) {
        TrackPageMessages msg = Texts.of(TrackPageMessages.class, shell.locale());
        if (e.problem().status() == 409) {
            f.form().reject("closed", msg.errorTrackClosed()); // links to the closure shown at the top
            return;
        }
        if (e.problem().status() != 400) {
            throw e; // not found: the shell says so in Dutch
        }
        Map<String, String> reasons = Map.of("mayorNotifiedOn", msg.errorMayorAfterRelease(), "assessedOn",
                msg.errorBeforeNotified(), "termEnd", msg.errorIsdTerm(), "startsOn", msg.errorPhaseOutsideTerm(),
                "answeredOn", msg.errorAnswerBeforeRequest(), "occurredOn", msg.errorBeforeDetention(), "closedOn",
                msg.errorBeforeDetention(), "note", msg.errorNoteRequired());
        String notSaved = Texts.of(ReintegrationMessages.class, shell.locale()).errorNotSaved();
        List<String> fields = e.problem().errors() == null
                ? List.of()
                : e.problem().errors().stream().map(err -> err.field().replaceAll("^.*\\.", "")).toList();
        for (String field : fields) {
            f.reject(field, reasons.getOrDefault(field, notSaved));
        }
        if (!f.hasErrors()) {
            f.form().reject("error-summary", notSaved);
        }
    }
}
