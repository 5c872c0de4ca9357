package nl.zvh.intake.question;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.zvh.intake.referral.NewReferral;
import nl.zvh.intake.referral.ReferralView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Advice and information questions (adviesvragen, vragen aan het informatieknooppunt). The roles below only let a
 * caller reach the service; {@link QuestionScope} then decides: the house's own staff (organisation = the house's
 * staff organisation, roles process-director, triage-chair or triage-member) handle the house's questions, a
 * referrer its own organisation's, anyone else gets 403. Bodies are checked after that decision.
 */
@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionResource {

    @Inject
    Questions questions;

    @POST
    @RolesAllowed({"referrer", "process-director", "triage-chair", "triage-member"})
    @Operation(summary = "Ask a question (referrer, portal) or enter one that came by phone, e-mail or in person (the"
            + " house's staff)", description = "201 with the open question; 400 problem naming each invalid field"
                    + " (municipality of the house, kind ADVICE or INFORMATION, text; staff also channel, asker"
                    + " organisation and name; person optional, with a last name when named); 403 for anyone but a"
                    + " referrer or the house's staff.")
    public Response ask(NewQuestion request) {
        QuestionView view = questions.ask(request);
        return Response.created(URI.create("/api/questions/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({"referrer", "process-director", "triage-chair", "triage-member"})
    @Operation(summary = "List questions, newest first: the house's for its staff, the own organisation's for a"
            + " referrer")
    public List<QuestionView> list(@QueryParam("status") QuestionStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return questions.list(status, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"referrer", "process-director", "triage-chair", "triage-member"})
    @Operation(summary = "One question with its answer; 404 outside the caller's scope")
    public QuestionView get(@PathParam("id") UUID id) {
        return questions.get(id);
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    @Operation(summary = "Answer an open question (the house's staff only)", description = "Body {answer,"
            + " minutesSpent, kind?}: minutesSpent required, 1 to 1440 (400 problem naming the field); 409 once"
            + " answered or referred; 403 for anyone but the house's staff.")
    public QuestionView answer(@PathParam("id") UUID id, AnswerRequest request) {
        return questions.answer(id, request);
    }

    @POST
    @Path("/{id}/referral")
    @RolesAllowed({"referrer", "process-director", "triage-chair", "triage-member"})
    @Operation(summary = "Turn the question into a referral (the house's staff, or the asker's organisation)", description = "Body: a complete referral as for POST /api/referrals, filed by the caller with the same"
            + " rules (400 naming each field) and events (ReferralSubmitted to the triage table); the question"
            + " records the referral. 201 with the referral; 409 when the question already became one.")
    public Response referral(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String idempotencyKey,
            NewReferral request) {
        ReferralView referral = questions.turnIntoReferral(id, request, idempotencyKey);
        return Response.created(URI.create("/api/referrals/" + referral.id())).entity(referral).build();
    }
}
