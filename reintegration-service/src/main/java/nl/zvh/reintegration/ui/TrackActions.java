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
        SubForm f = SubForm.of("aftercare", body);
        FormInput in = new FormInput(f, shell.locale());
        AftercareEntry.Kind kind = in.choice("kind", AftercareEntry.Kind.class);
        LocalDate on = in.date("occurredOn", kind == AftercareEntry.Kind.SIGNAL); // a contact may be planned
        String partner = in.text("partner", false, PARTNER_MAX);
        String summary = in.text("summary", true, TEXT_MAX);
        return save(id, f, () -> aftercare.record(id, kind, on, partner, summary));
    }

    @POST
    @Path("/tracks/{id}/bij")
    public Response informMayor(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        SubForm f = SubForm.of("bij", body);
        FormInput in = new FormInput(f, shell.locale());
        BijItem.OffenceCategory category = in.choice("offenceCategory", BijItem.OffenceCategory.class);
        LocalDate on = in.date("mayorNotifiedOn", true);
        return save(id, f, () -> measures.informMayor(id, new MeasureInputs.NewBij(category, on)));
    }

    @POST
    @Path("/tracks/{id}/bij/{bijId}/assessment")
    public Response assess(@PathParam("id") UUID id, @PathParam("bijId") UUID bijId,
            MultivaluedMap<String, String> body) {
        SubForm f = SubForm.of("assess-" + bijId, body);
        FormInput in = new FormInput(f, shell.locale());
        BijItem.Assessment assessment = in.choice("assessment", BijItem.Assessment.class);
        LocalDate on = in.date("assessedOn", true);
        String decided = in.text("measures", false, TEXT_MAX);
        return save(id, f,
                () -> measures.recordAssessment(id, bijId, new MeasureInputs.MayorAssessment(assessment, on, decided)));
    }

    @POST
    @Path("/tracks/{id}/isd-orders")
    public Response isd(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        SubForm f = SubForm.of("isd", body);
        FormInput in = new FormInput(f, shell.locale());
        LocalDate start = in.date("termStart", false);
        LocalDate end = in.date("termEnd", false);
        IsdPhase.Phase phase = in.choice("phase", IsdPhase.Phase.class);
        LocalDate startsOn = in.date("startsOn", false);
        return save(id, f, () -> measures.addIsdOrder(id,
                new MeasureInputs.NewIsdOrder(start, end, List.of(new MeasureInputs.NewPhase(phase, startsOn, null)))));
    }

    @POST
    @Path("/tracks/{id}/isd-orders/{orderId}/phases")
    public Response isdPhase(@PathParam("id") UUID id, @PathParam("orderId") UUID orderId,
            MultivaluedMap<String, String> body) {
        SubForm f = SubForm.of("phase-" + orderId, body);
        FormInput in = new FormInput(f, shell.locale());
        IsdPhase.Phase phase = in.choice("phase", IsdPhase.Phase.class);
        LocalDate startsOn = in.date("startsOn", false);
        String notes = in.text("notes", false, 1000);
        return save(id, f, () -> measures.addIsdPhase(id, orderId, new MeasureInputs.NewPhase(phase, startsOn, notes)));
    }

    @POST
    @Path("/tracks/{id}/article18b")
    public Response request18b(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        SubForm f = SubForm.of("a18b", body);
        FormInput in = new FormInput(f, shell.locale());
        Article18bExchange.Direction direction = in.choice("direction", Article18bExchange.Direction.class);
        LocalDate on = in.date("requestedOn", true);
        String question = in.text("question", true, TEXT_MAX);
        return save(id, f,
                () -> measures.requestArticle18b(id, new MeasureInputs.NewArticle18b(direction, on, question)));
    }

    @POST
    @Path("/tracks/{id}/article18b/{requestId}/answer")
    public Response answer18b(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            MultivaluedMap<String, String> body) {
        SubForm f = SubForm.of("answer-" + requestId, body);
        FormInput in = new FormInput(f, shell.locale());
        LocalDate on = in.date("answeredOn", true);
        String answer = in.text("answer", true, TEXT_MAX);
        return save(id, f,
                () -> measures.answerArticle18b(id, requestId, new MeasureInputs.Article18bAnswer(on, answer)));
    }

    @POST
    @Path("/tracks/{id}/escalations")
    public Response escalate(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        SubForm f = SubForm.of("escalation", body);
        FormInput in = new FormInput(f, shell.locale());
        String reason = in.text("reason", true, TEXT_MAX);
        String risk = in.text("riskSummary", true, 4000);
        return save(id, f, () -> escalations.escalate(id, reason, risk));
    }

    @POST
    @Path("/tracks/{id}/close")
    public Response close(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        SubForm f = SubForm.of("close", body);
        FormInput in = new FormInput(f, shell.locale());
        CloseReason reason = in.choice("reason", CloseReason.class);
        LocalDate on = in.date("closedOn", true);
        String note = in.text("note", false, TEXT_MAX);
        return save(id, f, () -> tracks.close(id, reason, note, on));
    }

    /**
     * Runs the save when the form is valid: 303 back to the form's section. A rule of the track refused (problem 400)
     * or the input was incomplete: the page again with the reasons next to the fields.
     */
    private Response save(UUID id, SubForm f, Runnable saving) {
        if (!f.hasErrors()) {
            try {
                saving.run();
                String section = f.key().replaceAll("-.*", "");
                return Response
                        .seeOther(URI.create(
                                shell.prefix() + "/ui/tracks/" + id + "?saved=" + section + "#" + section + "-section"))
                        .build();
            } catch (ProblemException e) {
                if (e.problem().status() != 400) {
                    throw e; // not found: the shell says so in Dutch
                }
                refuse(f, e);
            }
        }
        return Response.status(422).entity(page.refused(id, f)).build();
    }

    private void refuse(SubForm f, ProblemException e) {
        TrackPageMessages msg = FormInput.bundle(TrackPageMessages.class, shell.locale());
        Map<String, String> reasons = Map.of("mayorNotifiedOn", msg.errorMayorAfterRelease(), "assessedOn",
                msg.errorBeforeNotified(), "termEnd", msg.errorIsdTerm(), "startsOn", msg.errorPhaseOutsideTerm(),
                "answeredOn", msg.errorAnswerBeforeRequest(), "occurredOn", msg.errorBeforeDetention(), "closedOn",
                msg.errorBeforeDetention(), "reason", msg.errorAlreadyClosed(), "note", msg.errorNoteRequired());
        List<String> fields = e.problem().errors() == null
                ? List.of()
                : e.problem().errors().stream().map(err -> err.field().replaceAll("^.*\\.", "")).toList();
        for (String field : fields) {
            f.reject(field, reasons.getOrDefault(field,
                    FormInput.bundle(ReintegrationMessages.class, shell.locale()).errorNotSaved()));
        }
        if (!f.hasErrors()) {
            f.form().reject("error-summary",
                    FormInput.bundle(ReintegrationMessages.class, shell.locale()).errorNotSaved());
        }
    }
}
