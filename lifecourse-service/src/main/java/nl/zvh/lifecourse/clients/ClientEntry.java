package nl.zvh.lifecourse.clients;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.Candidate;

/**
 * One dated entry in a client's file: a plan goal (subtype = life domain), a contact moment (subtype = contact
 * type, with outcome), an incident (subtype = detention/re-admission) or a periodic review (nextDate = next review).
 */
@Entity
@Table(name = "client_entry")
public class ClientEntry extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id")
    public Candidate client;

    @Enumerated(EnumType.STRING)
    public EntryKind kind;

    public String subtype;
    public String outcome;

    public LocalDate entryDate;

    public String text;

    public LocalDate nextDate;

    public String recordedBy;

    public Instant recordedAt;
}
