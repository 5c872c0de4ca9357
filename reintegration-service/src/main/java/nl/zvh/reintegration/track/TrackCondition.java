package nl.zvh.reintegration.track;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

/** One of the five basic conditions of a track. */
@Entity
@Table(name = "track_condition")
@IdClass(TrackCondition.Key.class)
public class TrackCondition extends PanacheEntityBase {
    @Id
    @ManyToOne
    @JoinColumn(name = "track_id")
    public Track track;
    @Id
    @Enumerated(EnumType.STRING)
    public ConditionType condition;
    @Enumerated(EnumType.STRING)
    public ConditionStatus status;
    @Column(name = "responsible_partner")
    public String responsiblePartner;
    public String notes;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    /** Composite key. */
    public static class Key implements Serializable {
        public java.util.UUID track;
        public ConditionType condition;

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
