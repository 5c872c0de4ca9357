package nl.zvh.intake.ui;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.zvh.intake.attachment.AttachmentResource;
import nl.zvh.intake.attachment.Attachments;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.Shell;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Upload and download of attachments from the portal (browser session; the API itself takes bearer tokens). A
 * refused upload answers 422 with the referral's page and the message next to the file field; a stored one
 * redirects (303) to the page, which announces it.
 */
@Path("/ui/referrals/{id}/attachments")
public class AttachmentPage {

    @Inject
    Attachments attachments;

    @Inject
    ReferralPages pages;

    @Inject
    Shell shell;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("referrer")
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return refused(id, "missing");
        }
        try {
            attachments.upload(id, file.fileName(), file.uploadedFile(), file.size());
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            return refused(id, e.problem().status() == 413 ? "size" : "type");
        }
        return PortalPage.seeOther(Prefix.of(shell.prefix()) + "/ui/referrals/" + id + "?notice=attachment");
    }

    @GET
    @Path("/{attachmentId}")
    @RolesAllowed({"referrer", "triage-chair", "triage-member"})
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return AttachmentResource.asDownload(attachments.download(id, attachmentId));
    }

    private Response refused(UUID id, String kind) {
        Form form = Form.empty().reject("file", IntakeMenu.messages(shell.locale()).attachmentError(kind));
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(pages.referral(id, null, form)).build();
    }
}
