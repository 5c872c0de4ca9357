package nl.zvh.intake.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.stream.IntStream;
import nl.zvh.intake.reference.ReferenceData;
import nl.zvh.intake.referral.DraftReferral;
import nl.zvh.intake.referral.Gender;
import nl.zvh.intake.referral.IdempotencyKeyReused;
import nl.zvh.intake.referral.PersonInformed;
import nl.zvh.intake.referral.ReferralRules;
import nl.zvh.intake.referral.ReferralStatus;
import nl.zvh.intake.referral.ReferralView;
import nl.zvh.intake.referral.Referrals;
import nl.zvh.intake.referral.Relation;
import nl.zvh.intake.referral.Urgency;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;

/**
 * A referral's page, the new-referral form and the edit form of a draft. Plain HTML form posts work without
 * JavaScript: a refused save answers 422 with the same form, everything typed kept, a Dutch message next to each
 * field at fault and in the error summary; a filed referral redirects (303) to its page, which announces the result.
 * With htmx each field checks itself when the person leaves it ({@code validate}: the same validation the API uses,
 * only for what is filled in so far).
 */
@Path("/ui/referrals")
@RolesAllowed("referrer")
public class ReferralFormPage {

    /** What the form's selects and check boxes offer, in the person's language. */
    public record Choices(List<Option> municipalities, List<Option> problemAreas, List<Option> genders,
            List<Option> relations, List<Option> urgencies, List<Option> informed, List<Integer> rows) {
        /** True while one more family member fits within the API's limit. */
        public boolean canAddMember() {
            return rows.size() < MemberBlocks.MAX;
        }

        /** The API's limit on family members. */
        public int maxMembers() {
            return MemberBlocks.MAX;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String action, Form form, Choices choices, ReferralView draft);

        static native TemplateInstance form$fields(String action, Form form, Choices choices, ReferralView draft);
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
    Shell shell;

    @Inject
    ReferralPages pages;

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newForm() {
        ReferralForm form = ReferralForm.empty();
        return Templates.form(prefix() + "/ui/referrals", form.toForm(Map.of(), msg()), choices(form), null)
                .setLocale(shell.locale());
    }

    /** A referral's page: status, agenda date, decision and advice, persons, attachments. */
    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"referrer", "triage-chair", "triage-member"})
    public TemplateInstance referral(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        return pages.referral(id, notice, null);
    }

    @GET
    @Path("/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public Response editForm(@PathParam("id") UUID id) {
        String prefix = prefix();
        ReferralView referral = referrals.get(id);
        if (referral.status() != ReferralStatus.DRAFT) {
            return PortalPage.seeOther(prefix + "/ui/referrals/" + id);
        }
        ReferralForm form = ReferralForm.of(referral);
        return Response.ok(
                Templates.form(prefix + "/ui/referrals/" + id, form.toForm(Map.of(), msg()), choices(form), referral)
                        .setLocale(shell.locale()))
                .build();
    }

    /** htmx: the form's fields with the messages of what is filled in wrongly so far (each field swaps in its own). */
    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"referrer", "process-director", "triage-chair", "triage-member"}) // also the form of a question
    public TemplateInstance validate(MultivaluedMap<String, String> body) {
        ReferralForm form = ReferralForm.of(body);
        DraftReferral draft = form.toDraft();
        List<Problem.FieldError> errors = rules.checkSubmission(user.requireHouse(), draft.toNewReferral());
        return Templates.form$fields(prefix() + "/ui/referrals", form.toForm(form.errors(errors, true), msg()),
                choices(form), null).setLocale(shell.locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(MultivaluedMap<String, String> body) {
        return save(null, body);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return save(id, body);
    }

    private Response save(UUID draftId, MultivaluedMap<String, String> body) {
        String prefix = prefix();
        ReferralForm form = ReferralForm.of(body);
        String action = prefix + "/ui/referrals" + (draftId == null ? "" : "/" + draftId);
        if (MemberBlocks.changes(body.getFirst("action"))) {
            // a family member added or removed: the same form again, everything typed kept, nothing saved yet
            MemberBlocks.apply(body.getFirst("action"), form.values);
            return Response
                    .ok(Templates.form(action, form.toForm(Map.of(), msg()), choices(form),
                            draftId == null ? null : referrals.get(draftId)).setLocale(shell.locale()))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }
        boolean asDraft = "draft".equals(body.getFirst("action"));
        DraftReferral draft = form.toDraft();
        String house = user.requireHouse();
        List<Problem.FieldError> errors = asDraft
                ? rules.checkDraft(house, draft)
                : rules.checkSubmission(house, draft.toNewReferral());
        Map<String, String> shown = form.errors(errors, false);
        if (!shown.isEmpty()) {
            ReferralView existing = draftId == null ? null : referrals.get(draftId);
            return Response
                    .status(422).type(MediaType.TEXT_HTML_TYPE).entity(Templates
                            .form(action, form.toForm(shown, msg()), choices(form), existing).setLocale(shell.locale()))
                    .build();
        }
        UUID id;
        if (draftId == null) {
            id = asDraft ? referrals.createDraft(draft).id() : submitOnce(form, draft);
        } else {
            referrals.updateDraft(draftId, draft);
            id = asDraft ? draftId : referrals.submitDraft(draftId).id();
        }
        return PortalPage.seeOther(prefix + "/ui/referrals/" + id + "?notice=" + (asDraft ? "draft" : "filed"));
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

    /** The gateway prefix, only when it is a plain path (it ends up in Location headers). */
    private String prefix() {
        return Prefix.of(shell.prefix());
    }

    private PortalMessages msg() {
        return IntakeMenu.messages(shell.locale());
    }

    private Choices choices(ReferralForm form) {
        var locale = shell.locale();
        return new Choices(
                referenceData.municipalities(user.requireHouse()).stream().map(m -> new Option(m, m)).toList(),
                referenceData.problemAreas(user.requireHouse()).stream()
                        .map(a -> new Option(a.code(), ReferralPages.label(a, locale))).toList(),
                Option.of(Gender.class, locale), Option.of(Relation.class, locale), Option.of(Urgency.class, locale),
                Option.of(PersonInformed.class, locale), IntStream.range(0, form.rows()).boxed().toList());
    }
}
