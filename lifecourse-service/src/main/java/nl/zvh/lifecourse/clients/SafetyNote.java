package nl.zvh.lifecourse.clients;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.Candidate;
import nl.zvh.lifecourse.clients.ClientRequests.SafetyNoteView;

/**
 * One safety note for home visits on a client's file, with its author (display name) and date. Notes are only ever
 * added: a newer note shows as the banner, the older ones stay as its history.
 */
@Entity
@Table(name = "safety_note")
public class SafetyNote extends PanacheEntityBase {
    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id")
    private Candidate client;

    private String note;

    private String author;

    private Instant writtenAt;

    protected SafetyNote() {
    }

    /** A new note on an open client's file (else an IllegalStateException, a 409). */
    static SafetyNote on(Candidate client, String note, String author, Instant at) {
        client.requireClient();
        SafetyNote n = new SafetyNote();
        n.id = UUID.randomUUID();
        n.client = client;
        n.note = note.strip();
        n.author = author;
        n.writtenAt = at;
        return n;
    }

    SafetyNoteView view() {
        return new SafetyNoteView(note, author, writtenAt);
    }
}
