package nl.zvh.triage.effect;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** How many incident reports of a category a partner counted about a person in a quarter (a number, no content). */
@Entity
@Table(name = "incident_count")
public class IncidentCount extends PanacheEntityBase {
    @Id
    public UUID id;

    public String house;

    public UUID personId;

    @Enumerated(EnumType.STRING)
    public IncidentCategory category;

    /** The first day of the quarter. */
    public LocalDate quarterStart;

    @Column(name = "reported")
    public int count;

    public String sourceOrganisation;

    public Instant receivedAt;
}
