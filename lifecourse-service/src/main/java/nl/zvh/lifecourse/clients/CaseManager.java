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

/**
 * A case manager of a care-provider organisation assigned to a client (matched on organisation + username), until the
 * assignment ends.
 */
@Entity
@Table(name = "case_manager")
public class CaseManager extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id")
    public Candidate client;

    public String organisation;
    public String username;

    public Instant assignedAt;

    /** The name people read (the coordinator typed it); null for assignments made before names were kept. */
    public String displayName;

    /** When the assignment ended (replaced by another case manager): the case manager no longer sees the client. */
    public Instant endedAt;
}
