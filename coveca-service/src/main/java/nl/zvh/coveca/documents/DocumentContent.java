package nl.zvh.coveca.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of a case document (bytea), read only for a download. */
@Entity
@Table(name = "case_document_content")
public class DocumentContent extends PanacheEntityBase {
    @Id
    UUID documentId;

    byte[] content;

    protected DocumentContent() {
    }

    DocumentContent(UUID documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }
}
