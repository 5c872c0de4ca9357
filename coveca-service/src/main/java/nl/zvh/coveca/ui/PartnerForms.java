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
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.documents.DocumentView;
import nl.zvh.coveca.documents.Documents;
import nl.zvh.coveca.partner.PartnerCaseView;
import nl.zvh.coveca.partner.PartnerCases;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.Shell;

/**
 * The partner professionals' pages (role {@code case-partner}): the cases of their organisation and a case as they
 * see it, reached at the same addresses as the process directors' ({@code /ui}, {@code /ui/cases/{id}}); and their
 * answers on their own agreements: done, or a change asked with a note; and the documents shared with the partners.
 * A refused answer renders the case again
 * with the message next to the agreement (422); a case the organisation is not involved in is the shell's 404.
 */
@Path("/ui/partner")
@RolesAllowed("case-partner")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class PartnerForms {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance partnerCases(List<PartnerCaseView.Item> cases);

        static native TemplateInstance partnerCase(PartnerCaseView kase, Map<String, String> domainNames, Form form,
                String saved, List<DocumentView> documents);
    }

    @Inject
    PartnerCases partner;

    @Inject
    PartnerPage page;

    @Inject
    Shell shell;

    @Inject
    Documents documents;

    @POST
    @Path("/cases/{id}/agreements/{agreementId}/done")
    public Response done(@PathParam("id") UUID id, @PathParam("agreementId") UUID agreementId,
            MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return answered(id, "done-" + agreementId, form, () -> partner.markDone(id, agreementId), "done");
    }

    @POST
    @Path("/cases/{id}/agreements/{agreementId}/change")
    public Response askChange(@PathParam("id") UUID id, @PathParam("agreementId") UUID agreementId,
            MultivaluedMap<String, String> body) {
        Fields fields = Fields.of(Form.of(body), shell.locale());
        String field = "note-" + agreementId;
        String note = fields.text(field, PartnerCases.MAX_NOTE_LENGTH, true);
        if (!fields.ok()) {
            return refused(id, fields.form());
        }
        return answered(id, field, fields.form(), () -> partner.askChange(id, agreementId, note), "change");
    }

    /** A document of the case shared with the involved partners, as an attachment (404 for any other). */
    @GET
    @Path("/cases/{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        return DocumentPages.asDownload(documents.downloadShared(id, documentId));
    }

    private Response answered(UUID id, String field, Form form, Runnable answer, String saved) {
        try {
            answer.run();
        } catch (ProblemException e) {
            int status = e.problem().status();
            if (status != 400 && status != 409) {
                throw e;
            }
            form.reject(field, PartnerPage.messages(shell.locale()).notAnswered());
            return refused(id, form);
        }
        return Response.seeOther(URI.create(shell.prefix() + "/ui/cases/" + id + "?saved=" + saved + "#own-agreements"))
                .build();
    }

    private Response refused(UUID id, Form form) {
        return Response.status(422).entity(page.casePage(id, form, null)).type(MediaType.TEXT_HTML_TYPE).build();
    }
}
