package nl.zvh.intake.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of an attachment (bytea), loaded only for a download. */
@Entity
@Table(name = "referral_attachment_content")
public class AttachmentContent extends PanacheEntityBase {
    @Id
    private UUID attachmentId;

    private byte[] content;

    /** For Hibernate. */
    protected AttachmentContent() {
    }

    AttachmentContent(UUID attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
