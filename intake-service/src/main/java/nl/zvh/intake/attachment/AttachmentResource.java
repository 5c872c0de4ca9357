package nl.zvh.intake.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Attachments of a referral (PDF, PNG, JPEG). */
@Path("/api/referrals/{referralId}/attachments")
public class AttachmentResource {

    @Inject
    Attachments attachments;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("referrer")
    @Operation(summary = "Attach a file (multipart field 'file'): PDF, PNG or JPEG, at most 10 MB by default", description = "The type is recognised by the file's first bytes. 400 (wrong type, empty) or 413 (too "
            + "large) name the field 'file'; 404 outside the own organisation; 409 once withdrawn or closed.")
    public Response upload(@PathParam("referralId") UUID referralId, @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "is required (multipart form field 'file')");
        }
        AttachmentView view = attachments.upload(referralId, file.fileName(), file.uploadedFile(), file.size());
        return Response.created(URI.create("/api/referrals/" + referralId + "/attachments/" + view.id())).entity(view)
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"referrer", "triage-chair", "triage-member"})
    @Operation(summary = "The referral's attachments (metadata)")
    public List<AttachmentView> list(@PathParam("referralId") UUID referralId) {
        return attachments.list(referralId);
    }

    @GET
    @Path("/{attachmentId}")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @RolesAllowed({"referrer", "triage-chair", "triage-member"})
    @Operation(summary = "Download an attachment; audited as an export of personal data")
    public Response download(@PathParam("referralId") UUID referralId, @PathParam("attachmentId") UUID attachmentId) {
        return asDownload(attachments.download(referralId, attachmentId));
    }

    /** The file as an attachment download that browsers never render or sniff. */
    public static Response asDownload(Attachments.Download d) {
        String ascii = d.attachment().fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(d.attachment().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(d.content(), d.attachment().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "sandbox").build();
    }
}
