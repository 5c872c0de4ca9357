package nl.zvh.triage.tables;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One item on a table: a police report (I28), a person on the OM's list (prolific offenders), a youth with the parents
 * as co-suspects (LPCO), a young person returning home (youth aftercare) or a victim of stalking (AWARE). Its last
 * decision and, for AWARE, the track's dates and responsible partner are kept on it.
 */
@Entity
@Table(name = "table_item")
public class TableItem extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID tableId;

    public String house;

    @Enumerated(EnumType.STRING)
    public TableKind kind;

    @Enumerated(EnumType.STRING)
    public ItemStatus status;

    @Enumerated(EnumType.STRING)
    public ItemSource source;

    /** The police report's registration number or the OM list's number; unique per table (an upload twice adds once). */
    public String externalRef;

    public LocalDate receivedOn;

    public String firstName;

    public String lastName;

    public LocalDate birthDate;

    public String municipality;

    public String district;

    @Enumerated(EnumType.STRING)
    public ItemCategory category;

    public String summary;

    /** LPCO: the parents (co-suspects); youth aftercare: who is invited. One per line. */
    public String relatedPersons;

    public String addedByOrganisation;

    @Enumerated(EnumType.STRING)
    public TableOutcome lastOutcome;

    public LocalDate decidedOn;

    public String agreements;

    public LocalDate trackStart;

    public LocalDate trackEnd;

    public String responsibleOrganisation;

    public Instant createdAt;

    public Instant erasedAt;

    /** The name a person reads: "Anna de Vries", or the police report's number when nobody is named. */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName + " ") + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? externalRef : name;
    }
}
