package nl.zvh.coveca.ui;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.cases.AveLevel;
import nl.zvh.coveca.cases.CaseClosure;
import nl.zvh.coveca.cases.CaseRequests;
import nl.zvh.coveca.cases.CaseView;
import nl.zvh.coveca.cases.Cases;
import nl.zvh.coveca.cases.ClosureReason;
import nl.zvh.coveca.cases.Direction;
import nl.zvh.coveca.escalation.EscalationViews;
import nl.zvh.coveca.escalation.Escalations;
import nl.zvh.coveca.monitoring.Monitoring;
import nl.zvh.coveca.monitoring.MonitoringViews;
import nl.zvh.coveca.reference.LifeDomains;

/** Forms of a case's course: a monitoring round, escalation steps and their answers, closure, approval or refusal, reopening. */
@Path("/ui")
@RolesAllowed("process-director")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CourseForms {

    @Inject
    Monitoring monitoring;

    @Inject
    Escalations escalations;

    @Inject
    CaseClosure closure;

    @Inject
    Cases cases;

    @Inject
    LifeDomains lifeDomains;

    @Inject
    Submit submit;

    /** One round for one person: a score 1 to 5 per life domain scored ({@code score-<code>}). */
    @POST
    @Path("/cases/{id}/monitoring")
    public Response score(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "monitoringPerson", null, "monitoring", t -> {
            CaseView kase = cases.get(id);
            List<String> persons = kase.persons().stream().map(p -> p.personId().toString()).toList();
            String person = t.oneOf("monitoringPerson", persons, true);
            var scoredOn = t.date("monitoringDate", false, true);
            Map<String, Integer> scores = new LinkedHashMap<>();
            List<String> scale = List.of("1", "2", "3", "4", "5");
            lifeDomains.of(kase.house()).forEach(d -> {
                String score = t.oneOf("score-" + d.code(), scale, false);
                if (score != null) {
                    scores.put(d.code(), Integer.valueOf(score));
                }
            });
            if (t.ok() && scores.isEmpty()) {
                t.reject("monitoringPerson", submit.messages().oneScore());
            }
            if (t.ok()) {
                monitoring.record(id, UUID.fromString(person), new MonitoringViews.NewRound(scoredOn, scores));
            }
        });
    }

    @POST
    @Path("/cases/{id}/escalations")
    public Response raise(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "escalationDirection", submit.messages().levelRefused(), "escalation", t -> {
            Direction direction = t.choice("escalationDirection", Direction.class, true);
            AveLevel level = t.choice("escalationLevel", AveLevel.class, false);
            String question = t.text("escalationQuestion", 4000, true);
            if (t.ok()) {
                escalations.raise(id, new EscalationViews.NewEscalation(direction, level, question));
            }
        });
    }

    @POST
    @Path("/cases/{id}/escalations/answer")
    public Response answer(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "answerEscalation", null, "escalation", t -> {
            List<String> open = escalations.escalations(id).stream().filter(e -> e.answer() == null)
                    .map(e -> e.id().toString()).toList();
            String escalation = t.oneOf("answerEscalation", open, true);
            String answer = t.text("answerText", 4000, true);
            if (t.ok()) {
                escalations.answer(id, UUID.fromString(escalation), answer);
            }
        });
    }

    @POST
    @Path("/cases/{id}/closure")
    public Response close(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "closureReason", null, "closure", t -> {
            ClosureReason reason = t.choice("closureReason", ClosureReason.class, true);
            String receiving = t.text("closureMunicipality", 100, false);
            String note = t.text("closureNote", 4000, false);
            boolean moved = reason == ClosureReason.MOVED_OUT_OF_REGION;
            if (moved && receiving == null) {
                t.reject("closureMunicipality", t.messages().required());
            } else if (!moved && receiving != null) {
                t.reject("closureMunicipality", submit.messages().receivingOnlyWhenMoved());
            }
            if (t.ok()) {
                closure.close(id, new CaseRequests.Closure(reason, receiving, note, null));
            }
        });
    }

    @POST
    @Path("/cases/{id}/closure/approval")
    public Response approveClosure(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "approve-closure", submit.messages().ownChange(), "closure",
                t -> closure.approveClosure(id));
    }

    /** A second process director refuses the requested closure with a reason; the first may not (422, Dutch). */
    @POST
    @Path("/cases/{id}/closure/rejection")
    public Response refuseClosure(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "rejectClosureReason", submit.messages().ownChange(), "closure", t -> {
            String reason = t.text("rejectClosureReason", CaseClosure.MAX_REASON, true);
            if (t.ok()) {
                closure.refuseClosure(id, reason);
            }
        });
    }

    @POST
    @Path("/cases/{id}/reopening")
    public Response reopen(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "reopenReason", null, "closure", t -> {
            String reason = t.text("reopenReason", 2000, true);
            if (t.ok()) {
                closure.reopen(id, reason);
            }
        });
    }
}
