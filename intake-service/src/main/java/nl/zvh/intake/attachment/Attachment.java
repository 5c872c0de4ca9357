package nl.zvh.intake.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An attachment's metadata (its content is in {@link AttachmentContent}). */
@Entity
@Table(name = "referral_attachment")
public class Attachment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "referral_id")
    public UUID referralId;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_by_organisation")
    public String uploadedByOrganisation;
}
