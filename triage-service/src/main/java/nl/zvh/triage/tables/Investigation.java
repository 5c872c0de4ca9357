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
 * A Wvggz exploratory investigation (verkennend onderzoek) by the municipality, started by an I28 decision to report;
 * the statutory term runs from the report; open after its deadline it is overdue.
 */
@Entity
@Table(name = "exploratory_investigation")
public class Investigation extends PanacheEntityBase {
    /** The term the Wvggz gives the municipality after a report. */
    public static final int TERM_DAYS = 14;

    @Id
    public UUID id;

    public UUID itemId;

    public UUID tableId;

    public String house;

    public String municipality;

    public LocalDate reportedOn;

    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    public InvestigationOutcome outcome;

    public LocalDate concludedOn;

    public Instant createdAt;

    public boolean overdue(LocalDate today) {
        return concludedOn == null && today.isAfter(deadline);
    }
}
