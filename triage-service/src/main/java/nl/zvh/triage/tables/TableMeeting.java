package nl.zvh.triage.tables;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One meeting of a table: its date, the organisations present, the minutes; held once the minutes are recorded. */
@Entity
@Table(name = "table_meeting")
public class TableMeeting extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID tableId;

    public String house;

    public LocalDate meetingDate;

    public LocalTime startsAt;

    /** The organisations present, one per line. */
    public String attendance;

    public String minutes;

    public Instant heldAt;

    public Instant createdAt;
}
