package nl.zvh.coveca.documents;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseAudit;
import nl.zvh.coveca.cases.CaseScope;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.coveca.config.CovecaConfig;
import nl.zvh.coveca.partner.PartnerCases;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.shell.SignedInUser;

/**
 * Documents on a case: a process director who sees the case uploads (while it is open), lists and downloads them; a
 * partner of an involved organisation lists and downloads only those shared with the partners. The type is told by
 * the first bytes, the size by {@code zvh.coveca.document-max-size}; uploads and downloads are audited per person of
 * the case, the scope is the case's (house and organisation in the query).
 */
@ApplicationScoped
public class Documents {

    /** A download: the name, the media type and the bytes. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @Inject
    CaseScope scope;

    @Inject
    PartnerCases partners;

    @Inject
    CurrentUser user;

    @Inject
    SecurityIdentity identity;

    @Inject
    CaseAudit audit;

    @Inject
    CovecaConfig config;

    /**
     * Stores {@code file} on the open case: 413 above the size limit, 400 ({@code file}) when empty or not a PDF, PNG
     * or JPEG by its first bytes, 409 when the case is not open.
     */
    @Transactional
    public DocumentView upload(UUID caseId, String fileName, Path file, long size, DocumentKind kind, boolean shared) {
        CovecaCase c = scope.require(caseId);
        c.requireOpen();
        long max = config.documentMaxSize().asLongValue();
        if (size > max) {
            throw new ProblemException(Problem.of(413, "Content Too Large", "The file is larger than allowed",
                    List.of(new Problem.FieldError("file", "is larger than " + max / (1024 * 1024) + " MB"))));
        }
        if (size <= 0) {
            throw ProblemException.invalid("file", "is empty");
        }
        FileKind type = FileKind.of(head(file))
                .orElseThrow(() -> ProblemException.invalid("file", "is not a PDF, PNG or JPEG file"));
        CaseDocument d = new CaseDocument(c.id(), safeName(fileName, type), type, size, kind, shared, user.id(),
                SignedInUser.of(identity).displayName(), Instant.now());
        d.persist();
        new DocumentContent(d.id, read(file)).persist();
        audit.persons(AuditAction.CREATE, c, "case-document-upload");
        return d.view();
    }

    /** The documents of a case the caller read (scoped and audited), oldest first. */
    public List<DocumentView> of(CovecaCase c) {
        return CaseDocument.<CaseDocument>list("caseId = ?1 order by uploadedAt", c.id()).stream()
                .map(CaseDocument::view).toList();
    }

    /** The documents of a case shared with its involved partners, oldest first (the caller read the case). */
    public List<DocumentView> sharedOf(CovecaCase c) {
        return CaseDocument.<CaseDocument>list("caseId = ?1 and sharedWithPartners = true order by uploadedAt", c.id())
                .stream().map(CaseDocument::view).toList();
    }

    /** The shared documents of a case the caller's organisation is involved in (404 otherwise). */
    @Transactional
    public List<DocumentView> sharedWith(UUID caseId) {
        return sharedOf(partners.involved(caseId));
    }

    /** A process director's download of a document of a case they see; audited as an export. */
    @Transactional
    public Download download(UUID caseId, UUID documentId) {
        return download(scope.require(caseId), documentId, false);
    }

    /** A partner's download of a shared document of a case its organisation is involved in; audited as an export. */
    @Transactional
    public Download downloadShared(UUID caseId, UUID documentId) {
        return download(partners.involved(caseId), documentId, true);
    }

    private Download download(CovecaCase c, UUID documentId, boolean sharedOnly) {
        CaseDocument d = CaseDocument
                .<CaseDocument>find("id = ?1 and caseId = ?2" + (sharedOnly ? " and sharedWithPartners = true" : ""),
                        documentId, c.id())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("document " + documentId));
        DocumentContent content = DocumentContent.findById(d.id);
        audit.persons(AuditAction.EXPORT, c, sharedOnly ? PartnerCases.PURPOSE : "case-document-download");
        return new Download(d.fileName, d.contentType, content.content);
    }

    /** The last path segment, without control characters, quotes or reserved signs, at most 200 characters. */
    static String safeName(String fileName, FileKind type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"'<>|*?:;]", "").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "document." + type.name().toLowerCase(Locale.ROOT);
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(FileKind.HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
