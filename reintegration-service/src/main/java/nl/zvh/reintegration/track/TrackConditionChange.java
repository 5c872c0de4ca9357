package nl.zvh.reintegration.track;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One save of a basic condition as it was saved: the condition's history on the track page. */
@Entity
@Table(name = "track_condition_change")
public class TrackConditionChange extends PanacheEntityBase {
    @Id
    UUID id;

    UUID trackId;

    @Enumerated(EnumType.STRING)
    ConditionType condition;

    @Enumerated(EnumType.STRING)
    ConditionStatus status;

    String responsiblePartner;

    String notes;

    Instant changedAt;

    String changedBy;

    protected TrackConditionChange() {
    }

    TrackConditionChange(UUID trackId, ConditionType condition, ConditionStatus status, String partner, String notes,
            Instant at, String by) {
        this.id = UUID.randomUUID();
        this.trackId = trackId;
        this.condition = condition;
        this.status = status;
        this.responsiblePartner = partner;
        this.notes = notes;
        this.changedAt = at;
        this.changedBy = by;
    }
}
