package nl.zvh.reintegration.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.reintegration.measures.MeasureViews.AwaitingMayor;
import nl.zvh.reintegration.measures.Measures;
import nl.zvh.reintegration.track.ConditionStatus;
import nl.zvh.reintegration.track.ConditionType;
import nl.zvh.reintegration.track.TrackView;
import nl.zvh.reintegration.track.Tracks;
import nl.zvh.reintegration.track.WorklistItem;

/** The coordinator's pages; the checklist updates one condition at a time with htmx. */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("reintegration-coordinator")
public class ReintegrationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance worklist(List<WorklistItem> items, String prefix);

        static native TemplateInstance track(TrackView track, List<ConditionStatus> statuses, String prefix);

        static native TemplateInstance condition(UUID trackId, TrackView.ConditionView c, List<ConditionStatus> statuses,
                                                 String error, String prefix);

        static native TemplateInstance bij(List<AwaitingMayor> items, String prefix);
    }

    @Inject
    Tracks tracks;
    @Inject
    Measures measures;

    @GET
    public TemplateInstance worklist(@HeaderParam("X-Forwarded-Prefix") String prefix) {
        return Templates.worklist(tracks.worklist(LocalDate.now()), prefix(prefix));
    }

    @GET
    @Path("/tracks/{id}")
    public TemplateInstance track(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix) {
        return Templates.track(tracks.get(id), List.of(ConditionStatus.values()), prefix(prefix));
    }

    /** htmx: saves one condition and answers with its row (with the reason when it could not be saved). */
    @POST
    @Path("/tracks/{id}/conditions/{condition}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance saveCondition(@PathParam("id") UUID id, @PathParam("condition") ConditionType condition,
                                          @FormParam("status") ConditionStatus status,
                                          @FormParam("responsiblePartner") String partner,
                                          @FormParam("notes") String notes,
                                          @HeaderParam("X-Forwarded-Prefix") String prefix) {
        String error = null;
        TrackView view;
        try {
            if (status == null) {
                throw ProblemException.invalid("status", "is required");
            }
            view = tracks.updateCondition(id, condition, status, blankToNull(partner, 200), blankToNull(notes, 2000));
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            error = e.problem().errors() == null || e.problem().errors().isEmpty() ? e.problem().detail()
                    : e.problem().errors().stream().map(Problem.FieldError::message).reduce((a, b) -> a + "; " + b)
                    .orElse("");
            view = tracks.get(id);
        }
        TrackView.ConditionView row = view.conditions().stream().filter(c -> c.condition() == condition)
                .findFirst().orElseThrow();
        return Templates.condition(id, row, List.of(ConditionStatus.values()), error, prefix(prefix));
    }

    @GET
    @Path("/bij")
    public TemplateInstance bij(@HeaderParam("X-Forwarded-Prefix") String prefix) {
        return Templates.bij(measures.awaitingMayor(), prefix(prefix));
    }

    private static String prefix(String prefix) {
        return prefix == null ? "" : prefix;
    }

    private static String blankToNull(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }
}
