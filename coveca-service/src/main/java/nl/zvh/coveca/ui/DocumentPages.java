package nl.zvh.coveca.ui;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.documents.DocumentKind;
import nl.zvh.coveca.documents.Documents;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Documents on the case page: a process director uploads one (multipart form; a refused file renders the case page
 * again with the Dutch message next to the file field, 422) and downloads any (a partner downloads those shared with
 * the partners on its own address, {@link PartnerForms}). Downloads are attachments that browsers never render or sniff, never stored.
 */
@Path("/ui")
public class DocumentPages {

    @Inject
    Documents documents;

    @Inject
    CasePage casePage;

    @Inject
    Shell shell;

    @POST
    @Path("/cases/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("process-director")
    public Response upload(@PathParam("id") UUID id, @RestForm("documentFile") FileUpload file,
            @RestForm("documentKind") String kind, @RestForm("documentShared") String shared) {
        Map<String, String> typedValues = new HashMap<>();
        typedValues.put("documentKind", kind == null ? "" : kind);
        if (shared != null) {
            typedValues.put("documentShared", shared);
        }
        Fields typed = Fields.of(Form.ofSingle(typedValues), shell.locale());
        DocumentKind documentKind = typed.choice("documentKind", DocumentKind.class, true);
        DocumentMessages m = messages(shell.locale());
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            typed.reject("documentFile", m.fileMissing());
        }
        if (!typed.ok()) {
            return refused(id, typed.form());
        }
        try {
            documents.upload(id, file.fileName(), file.uploadedFile(), file.size(), documentKind,
                    typed.checked("documentShared"));
        } catch (ProblemException e) {
            int status = e.problem().status();
            if (status == 404 || status == 403) {
                throw e;
            }
            String message = status == 413 ? m.fileTooLarge() : status == 409 ? m.caseNotOpen() : m.fileType();
            return refused(id, typed.reject("documentFile", message).form());
        }
        return Response.seeOther(URI.create(shell.prefix() + "/ui/cases/" + id + "?saved=documents#documents")).build();
    }

    @GET
    @Path("/cases/{id}/documents/{documentId}")
    @RolesAllowed("process-director")
    public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        return asDownload(documents.download(id, documentId));
    }

    private Response refused(UUID id, Form form) {
        return Response.status(422).entity(casePage.render(id, form, null)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** The file as an attachment download (ASCII name and UTF-8 name), no-store, nosniff, sandboxed. */
    static Response asDownload(Documents.Download d) {
        String ascii = d.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(d.content(), d.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "sandbox").build();
    }

    static DocumentMessages messages(Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(DocumentMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(DocumentMessages.class);
    }
}
