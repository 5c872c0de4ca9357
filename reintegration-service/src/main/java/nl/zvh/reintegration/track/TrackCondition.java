package nl.zvh.reintegration.track;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One of the five basic conditions of a track; changed only through its track ({@link Track#recordCondition}). */
@Entity
@Table(name = "track_condition")
@IdClass(TrackCondition.Key.class)
public class TrackCondition extends PanacheEntityBase {
    @Id
    @ManyToOne
    @JoinColumn(name = "track_id")
    private Track track;

    @Id
    @Enumerated(EnumType.STRING)
    private ConditionType condition;

    @Enumerated(EnumType.STRING)
    private ConditionStatus status;

    private String responsiblePartner;

    private String notes;

    private Instant updatedAt;

    private String updatedBy;

    protected TrackCondition() {
    }

    TrackCondition(Track track, ConditionType condition) {
        this.track = track;
        this.condition = condition;
        this.status = ConditionStatus.UNKNOWN;
    }

    void record(ConditionStatus status, String partner, String notes, Instant at, String by) {
        this.status = status;
        this.responsiblePartner = partner;
        this.notes = notes;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public ConditionType condition() {
        return condition;
    }

    public ConditionStatus status() {
        return status;
    }

    public String responsiblePartner() {
        return responsiblePartner;
    }

    public String notes() {
        return notes;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /** Composite key. */
    public static class Key implements Serializable {
        private UUID track;
        private ConditionType condition;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(track, k.track) && condition == k.condition;
        }

        @Override
        public int hashCode() {
            return Objects.hash(track, condition);
        }
    }
}
