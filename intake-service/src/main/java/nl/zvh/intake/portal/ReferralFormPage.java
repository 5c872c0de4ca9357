package nl.zvh.intake.portal;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.intake.attachment.Attachments;
import nl.zvh.intake.reference.ReferenceData;
import nl.zvh.intake.referral.DraftReferral;
import nl.zvh.intake.referral.IdempotencyKeyReused;
import nl.zvh.intake.referral.ReferralRules;
import nl.zvh.intake.referral.ReferralStatus;
import nl.zvh.intake.referral.ReferralView;
import nl.zvh.intake.referral.Referrals;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.security.CurrentUser;

/**
 * A referral's page, the new-referral form and the edit form of a draft. Plain HTML form posts work without JavaScript; htmx posts
 * the form on every change to {@code validate} and swaps in the same form with the errors of the fields filled in
 * so far, from the same validation the API uses.
 */
@Path("/ui/referrals")
@RolesAllowed("referrer")
public class ReferralFormPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String prefix, String action, ReferralForm form,
                                            Map<String, String> errors, List<String> municipalities,
                                            List<ReferenceData.ProblemArea> problemAreas, List<Integer> rows);

        static native TemplateInstance form$slots(String prefix, String action, ReferralForm form,
                                                   Map<String, String> errors, List<String> municipalities,
                                                   List<ReferenceData.ProblemArea> problemAreas, List<Integer> rows);
    }

    @Inject
    Referrals referrals;
    @Inject
    ReferralRules rules;
    @Inject
    ReferenceData referenceData;
    @Inject
    CurrentUser user;
    @Inject
    Attachments attachments;

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newForm(@HeaderParam("X-Forwarded-Prefix") String forwardedPrefix) {
        String prefix = Prefix.of(forwardedPrefix);
        return page(Templates::form, prefix, prefix + "/ui/referrals", ReferralForm.empty(), Map.of());
    }

    /** A referral's page: status, agenda date, decision and advice, persons, attachments. */
    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"referrer", "triage-chair", "triage-member"})
    public TemplateInstance referral(@HeaderParam("X-Forwarded-Prefix") String forwardedPrefix,
                                     @PathParam("id") UUID id, @QueryParam("attachmentError") String error) {
        ReferralView referral = referrals.get(id);
        boolean own = user.hasRole("referrer") && referral.referrerOrganisation().equals(user.organisation());
        String attachmentError = error == null || !error.matches("missing|size|type") ? "" : error;
        return PortalPage.Templates.referral(Prefix.of(forwardedPrefix), referral, attachments.list(id), own,
                attachmentError);
    }

    @GET
    @Path("/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public Response editForm(@HeaderParam("X-Forwarded-Prefix") String forwardedPrefix, @PathParam("id") UUID id) {
        String prefix = Prefix.of(forwardedPrefix);
        ReferralView referral = referrals.get(id);
        if (referral.status() != ReferralStatus.DRAFT) {
            return PortalPage.seeOther(prefix + "/ui/referrals/" + id);
        }
        return Response.ok(page(Templates::form, prefix, prefix + "/ui/referrals/" + id, ReferralForm.of(referral),
                Map.of())).build();
    }

    /** htmx: the form's fields with the errors of what is filled in so far. */
    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance validate(@HeaderParam("X-Forwarded-Prefix") String forwardedPrefix,
                                     MultivaluedMap<String, String> body) {
        String prefix = Prefix.of(forwardedPrefix);
        ReferralForm form = ReferralForm.of(body);
        DraftReferral draft = form.toDraft();
        List<Problem.FieldError> errors = rules.checkSubmission(user.requireHouse(), draft.toNewReferral());
        return page(Templates::form$slots, prefix, prefix + "/ui/referrals", form, form.errors(errors, true));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@HeaderParam("X-Forwarded-Prefix") String forwardedPrefix,
                           MultivaluedMap<String, String> body) {
        return save(Prefix.of(forwardedPrefix), null, body);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response update(@HeaderParam("X-Forwarded-Prefix") String forwardedPrefix, @PathParam("id") UUID id,
                           MultivaluedMap<String, String> body) {
        return save(Prefix.of(forwardedPrefix), id, body);
    }

    private Response save(String prefix, UUID draftId, MultivaluedMap<String, String> body) {
        ReferralForm form = ReferralForm.of(body);
        boolean asDraft = "draft".equals(body.getFirst("action"));
        DraftReferral draft = form.toDraft();
        String house = user.requireHouse();
        List<Problem.FieldError> errors = asDraft ? rules.checkDraft(house, draft)
                : rules.checkSubmission(house, draft.toNewReferral());
        Map<String, String> shown = form.errors(errors, false);
        if (!shown.isEmpty()) {
            String action = prefix + "/ui/referrals" + (draftId == null ? "" : "/" + draftId);
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(Templates::form, prefix, action, form, shown)).build();
        }
        UUID id;
        if (draftId == null) {
            id = asDraft ? referrals.createDraft(draft).id() : submitOnce(form, draft);
        } else {
            referrals.updateDraft(draftId, draft);
            id = asDraft ? draftId : referrals.submitDraft(draftId).id();
        }
        return PortalPage.seeOther(prefix + "/ui/referrals/" + id);
    }

    /**
     * Files the form's referral once: posting the same form again (double click, reload after a lost answer) returns
     * the referral already filed. A form changed and sent again after it was filed (browser back) is a new referral.
     */
    private UUID submitOnce(ReferralForm form, DraftReferral draft) {
        String key = form.v(ReferralForm.SUBMISSION_KEY);
        try {
            return referrals.submit(draft.toNewReferral(), key.isBlank() ? null : key).referral().id();
        } catch (IdempotencyKeyReused changedAfterFiling) {
            return referrals.submit(draft.toNewReferral(), null).referral().id();
        }
    }

    /** The template's parameters. */
    interface FormTemplate {
        TemplateInstance render(String prefix, String action, ReferralForm form, Map<String, String> errors,
                                List<String> municipalities, List<ReferenceData.ProblemArea> problemAreas,
                                List<Integer> rows);
    }

    private TemplateInstance page(FormTemplate template, String prefix, String action, ReferralForm form,
                                  Map<String, String> errors) {
        return template.render(prefix, action, form, errors, referenceData.municipalities(user.requireHouse()),
                referenceData.problemAreas(), java.util.stream.IntStream.range(0, ReferralForm.MEMBER_ROWS).boxed()
                        .toList());
    }
}
