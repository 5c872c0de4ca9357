package nl.zvh.trafficking.ui;

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
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.trafficking.approach.ApproachInputs;
import nl.zvh.trafficking.approach.ApproachView;
import nl.zvh.trafficking.approach.Approaches;
import nl.zvh.trafficking.approach.OpenShelterRequest;
import nl.zvh.trafficking.approach.ShelterStatus;
import nl.zvh.trafficking.signal.SignalScope;
import nl.zvh.trafficking.signal.SignalSummary;
import nl.zvh.trafficking.signal.Signals;

/** The coordinator's pages; a shelter's answer is saved per row with htmx. */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(SignalScope.COORDINATOR)
public class TraffickingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(List<SignalSummary> signals, String prefix);

        static native TemplateInstance approach(ApproachView approach, String prefix);

        static native TemplateInstance shelterRow(UUID approachId, ApproachView.Shelter r, boolean open, String error,
                                                  String prefix);

        static native TemplateInstance shelters(List<OpenShelterRequest> requests, String prefix);
    }

    @Inject
    Signals signals;
    @Inject
    Approaches approaches;

    @GET
    @SuppressWarnings("unchecked")
    public TemplateInstance inbox(@HeaderParam("X-Forwarded-Prefix") String prefix) {
        return Templates.inbox((List<SignalSummary>) signals.list(null, 0, 200), prefix(prefix));
    }

    @GET
    @Path("/approaches/{id}")
    public TemplateInstance approach(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix) {
        return Templates.approach(approaches.get(id), prefix(prefix));
    }

    /** htmx: records the shelter's answer and answers with the row (with the reason when it could not be saved). */
    @POST
    @Path("/approaches/{id}/shelter-requests/{requestId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance answerShelter(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
                                          @FormParam("status") ShelterStatus status,
                                          @FormParam("refusalReason") String refusalReason,
                                          @HeaderParam("X-Forwarded-Prefix") String prefix) {
        String error = null;
        ApproachView view;
        try {
            if (status == null) {
                throw ProblemException.invalid("status", "is required");
            }
            String reason = refusalReason == null || refusalReason.isBlank() ? null
                    : refusalReason.trim().substring(0, Math.min(1000, refusalReason.trim().length()));
            view = approaches.updateShelter(id, requestId, new ApproachInputs.ShelterUpdate(status, reason, null));
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            error = e.problem().errors() == null || e.problem().errors().isEmpty() ? e.problem().detail()
                    : e.problem().errors().stream().map(f -> f.field() + " " + f.message())
                    .reduce((a, b) -> a + "; " + b).orElse("");
            view = approaches.get(id);
        }
        ApproachView.Shelter row = view.shelterRequests().stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("shelter request " + requestId));
        return Templates.shelterRow(id, row, view.status().name().equals("OPEN"), error, prefix(prefix));
    }

    @GET
    @Path("/shelters")
    public TemplateInstance shelters(@HeaderParam("X-Forwarded-Prefix") String prefix) {
        return Templates.shelters(approaches.openShelterRequests(), prefix(prefix));
    }

    private static String prefix(String prefix) {
        return prefix == null ? "" : prefix;
    }
}
