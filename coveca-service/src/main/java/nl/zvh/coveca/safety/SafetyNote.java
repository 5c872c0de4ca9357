package nl.zvh.coveca.safety;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A warning for everyone who opens the case, with who wrote it and when. Notes are only added, never changed: the
 * list of a case's notes is its history.
 */
@Entity
@Table(name = "safety_note")
public class SafetyNote extends PanacheEntityBase {
    @Id
    private UUID id;

    private UUID caseId;

    @Enumerated(EnumType.STRING)
    private SafetyKind kind;

    private String text;

    private String authorId;

    /** The author's name as people read it (token claim {@code name}); never the login name. */
    private String authorName;

    private Instant createdAt;

    protected SafetyNote() {
    }

    SafetyNote(UUID caseId, SafetyKind kind, String text, String authorId, String authorName, Instant at) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.kind = kind;
        this.text = text;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = at;
    }

    /** A note as the pages show it. */
    public record View(UUID id, SafetyKind kind, String text, String authorName, Instant createdAt) {
    }

    View view() {
        return new View(id, kind, text, authorName, createdAt);
    }
}
