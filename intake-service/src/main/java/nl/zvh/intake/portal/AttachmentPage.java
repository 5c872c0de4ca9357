package nl.zvh.intake.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.zvh.intake.attachment.AttachmentResource;
import nl.zvh.intake.attachment.Attachments;
import nl.zvh.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Upload and download of attachments from the portal (browser session; the API itself takes bearer tokens). */
@Path("/ui/referrals/{id}/attachments")
public class AttachmentPage {

    @Inject
    Attachments attachments;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("referrer")
    public Response upload(@HeaderParam("X-Forwarded-Prefix") String forwardedPrefix, @PathParam("id") UUID id,
                           @RestForm("file") FileUpload file) {
        String page = Prefix.of(forwardedPrefix) + "/ui/referrals/" + id;
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return PortalPage.seeOther(page + "?attachmentError=missing");
        }
        try {
            attachments.upload(id, file.fileName(), file.uploadedFile(), file.size());
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw e;
            }
            return PortalPage.seeOther(page + "?attachmentError=" + (e.problem().status() == 413 ? "size" : "type"));
        }
        return PortalPage.seeOther(page);
    }

    @GET
    @Path("/{attachmentId}")
    @RolesAllowed({"referrer", "triage-chair", "triage-member"})
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return AttachmentResource.asDownload(attachments.download(id, attachmentId));
    }
}
