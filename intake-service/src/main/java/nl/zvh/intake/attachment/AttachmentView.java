package nl.zvh.intake.attachment;

import java.time.Instant;
import java.util.UUID;

/** An attachment as listed. */
public record AttachmentView(UUID id, UUID referralId, String fileName, String contentType, long sizeBytes,
        String sha256, Instant uploadedAt, String uploadedByOrganisation) {
    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id(), a.referralId(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(),
                a.uploadedAt(), a.uploadedByOrganisation());
    }
}
