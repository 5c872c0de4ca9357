package nl.zvh.coveca.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A document on a case (its metadata; the bytes are a {@link DocumentContent}); only added, never changed. */
@Entity
@Table(name = "case_document")
public class CaseDocument extends PanacheEntityBase {
    @Id
    UUID id;

    UUID caseId;

    String fileName;

    String contentType;

    @Column(name = "size_bytes")
    long size;

    @Enumerated(EnumType.STRING)
    DocumentKind kind;

    boolean sharedWithPartners;

    String uploadedBy;

    /** The uploader's name as people read it (token claim {@code name}); never the login name. */
    String uploadedByName;

    Instant uploadedAt;

    protected CaseDocument() {
    }

    CaseDocument(UUID caseId, String fileName, FileKind type, long size, DocumentKind kind, boolean shared, String by,
            String byName, Instant at) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = type.mediaType;
        this.size = size;
        this.kind = kind;
        this.sharedWithPartners = shared;
        this.uploadedBy = by;
        this.uploadedByName = byName;
        this.uploadedAt = at;
    }

    DocumentView view() {
        return new DocumentView(id, fileName, kind, size, sharedWithPartners, uploadedByName, uploadedAt);
    }
}
