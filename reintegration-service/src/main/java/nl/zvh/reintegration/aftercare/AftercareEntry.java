package nl.zvh.reintegration.aftercare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A contact moment with the released person or a partner, or a signal that things go wrong, after the release. */
@Entity
@Table(name = "aftercare_entry")
public class AftercareEntry extends PanacheEntityBase {
    /** A planned or held contact moment, or a signal (e.g. lost housing, missed appointments, new offence). */
    public enum Kind {
        CONTACT_MOMENT, SIGNAL
    }

    @Id
    UUID id;

    UUID trackId;

    @Enumerated(EnumType.STRING)
    Kind kind;

    LocalDate occurredOn;

    String partner;

    String summary;

    String recordedBy;

    Instant recordedAt;
}
