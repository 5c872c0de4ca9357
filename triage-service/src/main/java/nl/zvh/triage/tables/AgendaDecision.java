package nl.zvh.triage.tables;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An item on a meeting's agenda and the table's decision on it there (an item may come back at a later meeting). */
@Entity
@Table(name = "table_agenda_item")
public class AgendaDecision extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID meetingId;

    public UUID itemId;

    public String house;

    @Enumerated(EnumType.STRING)
    public TableOutcome outcome;

    public String agreements;

    public Instant decidedAt;

    public String decidedBy;

    public String decidedByOrganisation;
}
