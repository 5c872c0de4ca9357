package nl.zvh.trafficking.ui;

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
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.trafficking.approach.AgreementStatus;
import nl.zvh.trafficking.approach.ApproachInputs;
import nl.zvh.trafficking.approach.ApproachView;
import nl.zvh.trafficking.approach.Approaches;
import nl.zvh.trafficking.approach.ClosureReason;
import nl.zvh.trafficking.signal.NationalRegistrationInput;
import nl.zvh.trafficking.signal.SignalScope;
import nl.zvh.trafficking.signal.Signals;
import nl.zvh.trafficking.ui.ServiceRefusals.Refusal;

/**
 * The approach's page and its forms: a step of the care route (with owner and date) and marking it done, a new
 * shelter request, the safety measures and the rest of the care route, the CoMensha registration (date and
 * reference) and closing with a reason. Classic form posts: 303 back to the page's section with a notice, or 422
 * with the page again, what was typed kept and the reason next to the field. Nothing here logs.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(SignalScope.COORDINATOR)
public class ApproachActions {
    static final int TEXT_MAX = 4000;

    @Inject
    Approaches approaches;

    @Inject
    Signals signals;

    @Inject
    ApproachPage page;

    @Inject
    Shell shell;

    @GET
    @Path("/approaches/{id}")
    public Response approach(@PathParam("id") UUID id, @QueryParam("saved") String saved) {
        TraffickingApproachMessages msg = UiTexts.approach(shell);
        String notice = saved == null ? null : "started".equals(saved) ? msg.started() : msg.saved();
        return Response.ok(page.render(approaches.get(id), notice)).build();
    }

    @POST
    @Path("/approaches/{id}/steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addStep(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        TraffickingApproachMessages msg = UiTexts.approach(shell);
        Fields in = Fields.of(body, shell.locale());
        String step = in.text("stepDescription", 1000, true);
        String owner = in.text("stepOwner", 200, true);
        LocalDate due = in.date("stepDue", true, false);
        return save(id, in, "step", "stepDescription", Map.of(),
                a -> approaches.addAgreement(id, new ApproachInputs.NewAgreement(step, owner, due)));
    }

    @POST
    @Path("/approaches/{id}/steps/{stepId}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stepDone(@PathParam("id") UUID id, @PathParam("stepId") UUID stepId,
            MultivaluedMap<String, String> body) {
        Fields in = Fields.of(body, shell.locale());
        return save(id, in, "step", "stepDescription", Map.of(), a -> approaches.updateAgreement(id, stepId,
                new ApproachInputs.AgreementUpdate(AgreementStatus.DONE, null)));
    }

    @POST
    @Path("/approaches/{id}/shelter-requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestShelter(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        TraffickingApproachMessages msg = UiTexts.approach(shell);
        Fields in = Fields.of(body, shell.locale());
        String shelter = in.text("shelterName", 200, true);
        boolean categorical = in.checked("categorical");
        LocalDate askedOn = in.date("askedOn", false, true);
        return save(id, in, "shelter", "shelterName", Map.of(), a -> approaches.requestShelter(id,
                new ApproachInputs.NewShelterRequest(shelter, categorical, askedOn)));
    }

    @POST
    @Path("/approaches/{id}/care-route")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response careRoute(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        TraffickingApproachMessages msg = UiTexts.approach(shell);
        Fields in = Fields.of(body, shell.locale());
        ApproachInputs.CareRoute route = new ApproachInputs.CareRoute(in.text("safetyMeasures", TEXT_MAX, false),
                in.text("legalAid", 2000, false), in.text("medicalCare", 2000, false),
                in.date("reflectionPeriodStart", false, false), in.date("reflectionPeriodEnd", false, false),
                in.text("residenceProcedure", 500, false), in.date("residenceAppliedOn", false, true),
                in.date("residenceDecidedOn", false, true));
        return save(id, in, "care", "safetyMeasures",
                Map.of("reflectionPeriodEnd", new Refusal("reflectionPeriodEnd", msg.errorReflectionEnd()),
                        "residenceDecidedOn", new Refusal("residenceDecidedOn", msg.errorResidenceDecided())),
                a -> approaches.updateCareRoute(id, route));
    }

    @POST
    @Path("/approaches/{id}/national-registration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registerNationally(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        TraffickingApproachMessages msg = UiTexts.approach(shell);
        Fields in = Fields.of(body, shell.locale());
        LocalDate on = in.date("reportedOn", true, true);
        String organisation = in.text("reportingOrganisation", 200, true);
        String reference = in.text("reference", 100, true);
        return save(id, in, "national", "reportedOn",
                Map.of("reportedOn", new Refusal("reportedOn", msg.errorReportedBeforeSignal())), a -> {
                    signals.registerNationally(a.signalId(),
                            new NationalRegistrationInput(true, on, organisation, reference));
                    return a;
                });
    }

    @POST
    @Path("/approaches/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        TraffickingApproachMessages msg = UiTexts.approach(shell);
        Fields in = Fields.of(body, shell.locale());
        ClosureReason reason = in.choice("closureReason", ClosureReason.class, true);
        String notes = in.text("closureNotes", 2000, false);
        LocalDate closedOn = in.date("closedOn", false, true);
        if (reason == ClosureReason.OTHER && notes == null) {
            in.reject("closureNotes", msg.errorClosureNotes());
        }
        return save(id, in, "close", "closureReason",
                Map.of("closedOn", new Refusal("closedOn", msg.errorClosedBeforeStart()), "notes",
                        new Refusal("closureNotes", msg.errorClosureNotes())),
                a -> approaches.close(id, new ApproachInputs.Closure(reason, notes, closedOn)));
    }

    /**
     * Saves one section when what was typed reads well, and answers 303 to the section (with a notice), or 422 with
     * the page and that section's form as typed with the reasons.
     */
    private Response save(UUID id, Fields in, String section, String first, Map<String, Refusal> refusals,
            Function<ApproachView, ApproachView> change) {
        if (in.ok()) {
            try {
                change.apply(approaches.get(id));
                return Response
                        .seeOther(URI
                                .create(shell.prefix() + "/ui/approaches/" + id + "?saved=" + section + "#" + section))
                        .build();
            } catch (ProblemException e) {
                ServiceRefusals.refuse(in, e, first, UiTexts.form(shell), refusals);
            }
        }
        ApproachView approach = approaches.get(id);
        return Response.status(422).entity(page.render(approach, null, page.with(approach, section, in.form()), null))
                .build();
    }
}
