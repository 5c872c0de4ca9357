package nl.zvh.intake.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** An attachment's metadata (its content is in {@link AttachmentContent}), with the SHA-256 of the content. */
@Entity
@Table(name = "referral_attachment")
public class Attachment extends PanacheEntityBase {
    @Id
    private UUID id;

    private UUID referralId;

    private String fileName;

    private String contentType;

    private long sizeBytes;

    private String sha256;

    private Instant uploadedAt;

    private String uploadedBy;

    private String uploadedByOrganisation;

    /** For Hibernate. */
    protected Attachment() {
    }

    /** A file of {@code type} uploaded now by {@code user} of {@code organisation}. */
    Attachment(UUID referralId, String fileName, FileType type, byte[] content, String user, String organisation,
            Instant at) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.fileName = fileName;
        this.contentType = type.mediaType();
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.uploadedAt = at;
        this.uploadedBy = user;
        this.uploadedByOrganisation = organisation;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID referralId() {
        return referralId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedByOrganisation() {
        return uploadedByOrganisation;
    }
}
