package nl.zvh.intake.attachment;

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
import java.util.UUID;
import nl.zvh.intake.referral.Referral;
import nl.zvh.intake.referral.ReferralPerson;
import nl.zvh.intake.referral.ReferralScope;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Upload (referrer's own organisation, while the referral is open), list and download (the referrer's organisation
 * and the house's triage table). Type by magic bytes, size by configuration; each change or download audited per
 * person of the referral.
 */
@ApplicationScoped
public class Attachments {
    static final String AUDIT_TYPE = "referral-attachment";

    /** A download: metadata and bytes. */
    public record Download(Attachment attachment, byte[] content) {
    }

    @Inject
    ReferralScope scope;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    AttachmentConfig config;

    @Transactional
    public AttachmentView upload(UUID referralId, String fileName, Path file, long size) {
        Referral referral = scope.findOwn(referralId)
                .orElseThrow(() -> ProblemException.notFound("referral " + referralId));
        if (!referral.acceptsAttachments()) {
            throw ProblemException.conflict("The referral is " + referral.status() + "; no attachments can be added");
        }
        long max = config.maxSize().asLongValue();
        if (size > max) {
            throw new ProblemException(Problem.of(413, "Content Too Large", "The file is larger than allowed",
                    List.of(new Problem.FieldError("file", "is larger than " + max / (1024 * 1024) + " MB"))));
        }
        if (size == 0) {
            throw ProblemException.invalid("file", "is empty");
        }
        FileType type = FileType.detect(head(file))
                .orElseThrow(() -> ProblemException.invalid("file", "is not a PDF, PNG or JPEG file"));
        byte[] content = read(file);
        Attachment a = new Attachment(referral.id(), safeName(fileName, type), type, content, user.name(),
                user.requireOrganisation(), Instant.now());
        a.persist();
        new AttachmentContent(a.id(), content).persist();
        auditPersons(AuditAction.CREATE, referral, a.id().toString(), "referral-attachment-upload");
        return AttachmentView.of(a);
    }

    @Transactional
    public List<AttachmentView> list(UUID referralId) {
        Referral referral = readable(referralId);
        auditPersons(AuditAction.READ, referral, referral.id().toString(), "referral-follow-up");
        return metadata(referral.id());
    }

    /**
     * The metadata of a referral's attachments, oldest first, neither scoped nor audited: for callers that did both
     * themselves (the subject-access export).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AttachmentView> metadata(UUID referralId) {
        return Attachment.<Attachment>list("referralId = ?1 order by uploadedAt", referralId).stream()
                .map(AttachmentView::of).toList();
    }

    @Transactional
    public Download download(UUID referralId, UUID attachmentId) {
        Referral referral = readable(referralId);
        Attachment a = Attachment.<Attachment>find("id = ?1 and referralId = ?2", attachmentId, referral.id())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("attachment " + attachmentId));
        AttachmentContent c = AttachmentContent.findById(a.id());
        auditPersons(AuditAction.EXPORT, referral, a.id().toString(), "referral-attachment-download");
        return new Download(a, c.content());
    }

    private Referral readable(UUID referralId) {
        return scope.find(referralId).orElseThrow(() -> ProblemException.notFound("referral " + referralId));
    }

    private void auditPersons(AuditAction action, Referral referral, String resourceId, String purpose) {
        for (ReferralPerson person : referral.persons()) {
            audit.record(action, AUDIT_TYPE, resourceId, person.id().toString(), purpose);
        }
    }

    /** The last path segment, without control characters or quotes, at most 200 characters. */
    static String safeName(String fileName, FileType type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|*?:]", "").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "bijlage." + type.name().toLowerCase(java.util.Locale.ROOT);
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(FileType.HEAD);
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
