package nl.zvh.trafficking.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.format.UiFormats;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.trafficking.registers.RegisterInputs;
import nl.zvh.trafficking.registers.Registers;
import nl.zvh.trafficking.signal.SignalInbox;
import nl.zvh.trafficking.signal.SignalScope;
import nl.zvh.trafficking.ui.ServiceRefusals.Refusal;

/**
 * The house's registers on screen: the signals table sessions (date, attendees, the signals discussed, outcomes) and
 * the awareness sessions (date, audience, organisation, participants). Each page lists what is recorded and records
 * a new one (303 back with a notice, or 422 with what was typed and the Dutch reason next to the field).
 */
@Path("/ui/registers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(SignalScope.COORDINATOR)
public class RegisterPages {
    static final int SIGNALS_OFFERED = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signalsTable(List<RegisterInputs.SignalsTableSessionView> sessions,
                List<Option> signals, Form form, boolean saved);

        static native TemplateInstance awareness(List<RegisterInputs.AwarenessSessionView> sessions, Form form,
                boolean saved);
    }

    @Inject
    Registers registers;

    @Inject
    SignalInbox inbox;

    @Inject
    Shell shell;

    @GET
    @Path("/signals-table")
    public TemplateInstance signalsTable(@QueryParam("saved") boolean saved) {
        return Templates.signalsTable(registers.signalsTables(null), signalsOffered(), Form.empty(), saved);
    }

    @POST
    @Path("/signals-table")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordSession(MultivaluedMap<String, String> body) {
        TraffickingRegisterMessages msg = UiTexts.registers(shell);
        Fields in = Fields.of(body, shell.locale());
        LocalDate heldOn = in.date("heldOn", true, true);
        String attendees = in.text("attendees", 6000, true);
        List<String> lines = attendees == null
                ? List.of()
                : Arrays.stream(attendees.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (lines.size() > 30 || lines.stream().anyMatch(s -> s.length() > 200)) {
            in.reject("attendees", msg.errorAttendees());
        }
        Set<UUID> discussed = new LinkedHashSet<>();
        for (String id : in.form().values("signalsDiscussed")) {
            try {
                discussed.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                in.reject("signalsDiscussed", msg.errorUnknownSignal());
            }
        }
        String followUp = in.text("followUp", 4000, false);
        return save(in, "/ui/registers/signals-table",
                () -> registers.recordSignalsTable(
                        new RegisterInputs.NewSignalsTableSession(heldOn, lines, discussed, followUp)),
                Map.of("signalsDiscussed", new Refusal("signalsDiscussed", msg.errorUnknownSignal())), "heldOn",
                form -> Templates.signalsTable(registers.signalsTables(null), signalsOffered(), form, false));
    }

    @GET
    @Path("/awareness")
    public TemplateInstance awareness(@QueryParam("saved") boolean saved) {
        return Templates.awareness(registers.awareness(null), Form.empty(), saved);
    }

    @POST
    @Path("/awareness")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordAwareness(MultivaluedMap<String, String> body) {
        TraffickingRegisterMessages msg = UiTexts.registers(shell);
        Fields in = Fields.of(body, shell.locale());
        LocalDate heldOn = in.date("heldOn", true, true);
        String audience = in.text("audience", 300, true);
        String organisation = in.text("organisation", 200, true);
        Integer participants = in.number("participants", 1, 100000, true);
        String topic = in.text("topic", 500, false);
        return save(in, "/ui/registers/awareness",
                () -> registers.recordAwareness(new RegisterInputs.NewAwarenessSession(heldOn, audience, organisation,
                        participants == null ? 0 : participants, topic)),
                Map.of(), "heldOn", form -> Templates.awareness(registers.awareness(null), form, false));
    }

    /** Records when the form reads well: 303 to the register with a notice, else 422 with the page as typed. */
    private Response save(Fields in, String page, Supplier<Object> record, Map<String, Refusal> refusals, String first,
            Function<Form, TemplateInstance> again) {
        if (in.ok()) {
            try {
                record.get();
                return Response.seeOther(URI.create(shell.prefix() + page + "?saved=true")).build();
            } catch (ProblemException e) {
                ServiceRefusals.refuse(in, e, first, UiTexts.form(shell), refusals);
            }
        }
        return Response.status(422).entity(again.apply(in.form())).build();
    }

    /** The house's latest signals, to tick those the table discussed (date, name and municipality). */
    private List<Option> signalsOffered() {
        return inbox.page(SignalInbox.Filter.none(), 0, SIGNALS_OFFERED).stream()
                .map(s -> new Option(s.id().toString(),
                        UiFormats.date(s.receivedOn(), shell.locale()) + " – "
                                + (TraffickingExtensions.knownName(s) == null
                                        ? UiTexts.pages(shell).nameUnknown()
                                        : TraffickingExtensions.knownName(s))
                                + " (" + s.municipality() + ")"))
                .toList();
    }
}
