package nl.zvh.reintegration.measures;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A phase of an ISD order. */
@Entity
@Table(name = "isd_phase")
public class IsdPhase extends PanacheEntityBase {
    /** Phases of the ISD measure, from intramural to the return. */
    public enum Phase {
        INTRAMURAL, EXTRAMURAL_PREPARATION, EXTRAMURAL, AFTERCARE
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    public LocalDate startsOn;

    public String notes;
}
