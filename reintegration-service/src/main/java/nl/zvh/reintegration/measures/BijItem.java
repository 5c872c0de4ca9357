package nl.zvh.reintegration.measures;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** BIJ: the mayor of the municipality of return informed before release, the assessment and measures decided. */
@Entity
@Table(name = "bij_item")
public class BijItem extends PanacheEntityBase {
    /** Offence categories for which the mayor is informed. */
    public enum OffenceCategory {
        SERIOUS_VIOLENT, SEXUAL
    }

    /** The mayor's assessment of possible public unrest (maatschappelijke onrust). */
    public enum Assessment {
        NO_UNREST_EXPECTED, POSSIBLE_UNREST, UNREST_EXPECTED
    }

    @Id
    public UUID id;

    public UUID trackId;

    @Enumerated(EnumType.STRING)
    public OffenceCategory offenceCategory;

    public LocalDate mayorNotifiedOn;

    @Enumerated(EnumType.STRING)
    public Assessment assessment;

    public LocalDate assessedOn;

    public String measures;

    public Instant createdAt;

    public boolean awaitingMayor() {
        return assessment == null;
    }
}
