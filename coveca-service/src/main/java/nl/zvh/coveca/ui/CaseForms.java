package nl.zvh.coveca.ui;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseRequests;
import nl.zvh.coveca.cases.CaseView;
import nl.zvh.coveca.cases.Cases;
import nl.zvh.coveca.cases.Intensity;
import nl.zvh.coveca.cases.SubApproach;
import nl.zvh.coveca.safety.SafetyKind;
import nl.zvh.coveca.safety.SafetyNotes;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;

/** Forms of a case's opening and people: open a case by hand, take one over, add a person, involve a partner. */
@Path("/ui")
@RolesAllowed("process-director")
@Produces(MediaType.TEXT_HTML)
public class CaseForms {
    private static final String BSN = "\\d{9}";
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newCase(Form form, List<Option> intensities, List<Option> subApproaches);
    }

    @Inject
    Cases cases;

    @Inject
    Submit submit;

    @Inject
    SafetyNotes safetyNotes;

    @Inject
    Shell shell;

    @GET
    @Path("/cases/new")
    public TemplateInstance newCase() {
        return page(Form.empty());
    }

    /** Opens the case (the caller directs it) and goes to its page; a refused form comes back with what was typed. */
    @POST
    @Path("/cases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(MultivaluedMap<String, String> body) {
        Fields t = Fields.of(Form.of(body), shell.locale());
        String municipality = t.text("municipality", 100, true);
        Intensity intensity = t.choice("intensity", Intensity.class, true);
        SubApproach subApproach = t.choice("subApproach", SubApproach.class, true);
        var startDate = t.date("startDate", false, true);
        CaseRequests.NewPerson main = person(t, "main", null);
        CaseView[] opened = new CaseView[1];
        String error = submit.attempt(t, x -> {
            if (x.ok()) {
                opened[0] = cases.open(new CaseRequests.NewCase(municipality, intensity, subApproach, startDate, main,
                        List.of(), List.of()));
            }
        }, null);
        if (error != null) {
            t.form().reject("municipality", error);
        }
        if (!t.ok()) {
            return Response.status(422).entity(page(t.form())).type(MediaType.TEXT_HTML_TYPE).build();
        }
        return Response.seeOther(URI.create(shell.prefix() + "/ui/cases/" + opened[0].id() + "?saved=case-title"))
                .build();
    }

    @POST
    @Path("/cases/{id}/take-over")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takeOver(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "take-over", null, "case-title", t -> cases.takeOver(id));
    }

    @POST
    @Path("/cases/{id}/persons")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addPerson(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "personFirstName", null, "persons", t -> {
            String relation = t.oneOf("personRelation", Choices.RELATIONS, true);
            CaseRequests.NewPerson person = person(t, "person", relation);
            if (t.ok()) {
                cases.addPerson(id, person);
            }
        });
    }

    @POST
    @Path("/cases/{id}/partners")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addPartner(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "partnerOrganisation", null, "partners", t -> {
            String organisation = t.text("partnerOrganisation", 200, true);
            String name = t.text("partnerContactName", 200, false);
            String phone = t.text("partnerContactPhone", 50, false);
            String email = t.text("partnerContactEmail", 200, false);
            if (email != null && !email.matches(EMAIL)) {
                t.reject("partnerContactEmail", submit.messages().email());
            }
            if (t.ok()) {
                cases.addPartner(id, new CaseRequests.NewPartner(organisation, name, phone, email));
            }
        });
    }

    @POST
    @Path("/cases/{id}/persons/{personId}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response endPerson(@PathParam("id") UUID id, @PathParam("personId") UUID personId,
            MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "end-person-" + personId, null, "persons", t -> cases.endPerson(id, personId));
    }

    @POST
    @Path("/cases/{id}/partners/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response endPartner(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "partners-heading", null, "partners", t -> {
            String organisation = t.text("organisation", 200, true);
            if (t.ok()) {
                cases.endPartner(id, organisation);
            }
        });
    }

    /** Intensity and sub-approach of the open case, as the network now judges it. */
    @POST
    @Path("/cases/{id}/classification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reclassify(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "caseIntensity", null, "case-facts", t -> {
            Intensity intensity = t.choice("caseIntensity", Intensity.class, true);
            SubApproach subApproach = t.choice("caseSubApproach", SubApproach.class, true);
            if (t.ok()) {
                cases.reclassify(id, intensity, subApproach);
            }
        });
    }

    /** A safety note for everyone who opens the case; written by the caller, never changed. */
    @POST
    @Path("/cases/{id}/safety-notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSafetyNote(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "safetyKind", null, "case-title", t -> {
            SafetyKind kind = t.choice("safetyKind", SafetyKind.class, true);
            String text = t.text("safetyText", 1000, true);
            if (t.ok()) {
                safetyNotes.add(id, kind, text, shell.user().displayName());
            }
        });
    }

    /** A person from the fields {@code <prefix>FirstName}, ...; null fields when refused. */
    private CaseRequests.NewPerson person(Fields t, String prefix, String relation) {
        String first = t.text(prefix + "FirstName", 100, true);
        String surnamePrefix = t.text(prefix + "SurnamePrefix", 30, false);
        String last = t.text(prefix + "LastName", 100, true);
        var born = t.date(prefix + "DateOfBirth", false, true);
        String bsn = t.text(prefix + "Bsn", 9, false);
        if (bsn != null && !bsn.matches(BSN)) {
            t.reject(prefix + "Bsn", submit.messages().bsn());
        }
        return new CaseRequests.NewPerson(null, relation, first, surnamePrefix, last, born, bsn);
    }

    private TemplateInstance page(Form form) {
        return Templates.newCase(form, Choices.intensities(shell.locale()), Choices.subApproaches(shell.locale()))
                .setLocale(shell.locale());
    }
}
