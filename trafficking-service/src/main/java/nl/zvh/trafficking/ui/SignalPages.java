package nl.zvh.trafficking.ui;

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
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.trafficking.approach.ApproachInputs;
import nl.zvh.trafficking.approach.Approaches;
import nl.zvh.trafficking.reference.Municipalities;
import nl.zvh.trafficking.signal.ExploitationType;
import nl.zvh.trafficking.signal.NewSignal;
import nl.zvh.trafficking.signal.Outcome;
import nl.zvh.trafficking.signal.ResidenceStatus;
import nl.zvh.trafficking.signal.SignalScope;
import nl.zvh.trafficking.signal.SignalView;
import nl.zvh.trafficking.signal.Signals;
import nl.zvh.trafficking.signal.SourceType;
import nl.zvh.trafficking.ui.ServiceRefusals.Refusal;

/**
 * Registering a signal on screen, the signal's page and the decision on it (advice or a coordinated approach, with
 * the rationale). Classic form posts: a refused save answers 422 with the same page, everything typed kept and the
 * reason next to the field and in the error summary; a save redirects (303) to the result. Nothing here logs.
 */
@Path("/ui/signals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(SignalScope.COORDINATOR)
public class SignalPages {
    static final int TEXT_MAX = 4000;

    /** What the signal form's selects and check boxes offer, in the person's language. */
    public record Choices(List<Option> sources, List<Option> types, List<Option> residence,
            List<Option> municipalities) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newSignal(Form form, Choices choices);

        static native TemplateInstance signal(SignalView signal, Form form, List<Option> outcomes, boolean saved);
    }

    @Inject
    Signals signals;

    @Inject
    Approaches approaches;

    @Inject
    Municipalities municipalities;

    @Inject
    CurrentUser user;

    @Inject
    Shell shell;

    @GET
    @Path("/new")
    public TemplateInstance newSignal() {
        return Templates.newSignal(Form.empty(), choices());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> body) {
        TraffickingFormMessages msg = UiTexts.form(shell);
        Fields in = Fields.of(body, shell.locale());
        LocalDate receivedOn = in.date("receivedOn", false, true);
        SourceType source = in.choice("sourceType", SourceType.class, true);
        String sourceName = in.text("sourceName", 200, false);
        String firstName = in.text("firstName", 100, false);
        String lastName = in.text("lastName", 100, false);
        LocalDate born = in.date("dateOfBirth", false, true);
        Integer age = in.number("estimatedAge", 0, 120, false);
        String nationality = in.text("nationality", 100, false);
        Set<ExploitationType> types = in.choices("exploitationTypes", ExploitationType.class, true);
        ExploitationType primary = in.choice("primaryExploitationType", ExploitationType.class, false);
        ResidenceStatus residence = in.choice("residenceStatus", ResidenceStatus.class, true);
        String municipality = in.text("municipality", 100, false);
        if (municipality == null) {
            in.reject("municipality", in.messages().choose());
        }
        List<String> indicatorLines = in.lines("indicators", 500, 30, false);
        String description = in.text("description", TEXT_MAX, false);
        if (in.ok()) {
            try {
                NewSignal signal = new NewSignal(null, receivedOn, source, sourceName,
                        new NewSignal.VictimInput(firstName, null, lastName, born, age, nationality, null), List.of(),
                        types, primary, indicatorLines, residence, municipality, false, null, null, description);
                UUID id = signals.register(signal).id();
                return Response.seeOther(URI.create(shell.prefix() + "/ui/signals/" + id + "?saved=true")).build();
            } catch (ProblemException e) {
                ServiceRefusals.refuse(in, e, "sourceType", msg,
                        Map.of("municipality", new Refusal("municipality", msg.errorMunicipality()),
                                "primaryExploitationType", new Refusal("primaryExploitationType", msg.errorPrimary()),
                                "sourceName", new Refusal("sourceName", msg.errorSourceName()),
                                "presumedVictim.dateOfBirth", new Refusal("dateOfBirth", msg.errorBirthAfterSignal())));
            }
        }
        return Response.status(422).entity(Templates.newSignal(in.form(), choices())).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance signal(@PathParam("id") UUID id, @QueryParam("saved") boolean saved) {
        return Templates.signal(coordinatorView(id), Form.empty(), outcomes(), saved);
    }

    /** The decision: advice (with the advice) or a coordinated approach (to its page), with the rationale. */
    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        TraffickingFormMessages msg = UiTexts.form(shell);
        Fields in = Fields.of(body, shell.locale());
        Outcome outcome = in.choice("outcome", Outcome.class, true);
        String advice = in.text("advice", TEXT_MAX, false);
        String rationale = in.text("rationale", TEXT_MAX, true);
        if (outcome == Outcome.ADVICE && advice == null) {
            in.reject("advice", msg.errorAdvice());
        }
        if (in.ok()) {
            try {
                SignalView decided = approaches.decide(id,
                        new ApproachInputs.Decision(outcome, outcome == Outcome.ADVICE ? advice : null, rationale));
                String to = decided.approachId() == null
                        ? "/ui/signals/" + id + "?saved=true#decision"
                        : "/ui/approaches/" + decided.approachId() + "?saved=started";
                return Response.seeOther(URI.create(shell.prefix() + to)).build();
            } catch (ProblemException e) {
                ServiceRefusals.refuse(in, e, "outcome", msg,
                        Map.of("advice", new Refusal("advice", msg.errorAdvice())));
            }
        }
        return Response.status(422).entity(Templates.signal(coordinatorView(id), in.form(), outcomes(), false)).build();
    }

    private SignalView coordinatorView(UUID id) {
        return (SignalView) signals.get(id);
    }

    private List<Option> outcomes() {
        return Option.of(Outcome.class, shell.locale());
    }

    private Choices choices() {
        List<Option> places = municipalities.of(user.requireHouse()).stream().map(m -> new Option(m, m)).toList();
        return new Choices(Option.of(SourceType.class, shell.locale()),
                Option.of(ExploitationType.class, shell.locale()), Option.of(ResidenceStatus.class, shell.locale()),
                places);
    }
}
