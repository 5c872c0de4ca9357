package nl.zvh.trafficking.approach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A request for shelter (opvang), possibly at one of the national categorical shelters (COSM). */
@Entity
@Table(name = "shelter_request")
public class ShelterRequest extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "approach_id")
    public Approach approach;
    @Column(name = "shelter_name")
    public String shelterName;
    public boolean categorical;
    @Enumerated(EnumType.STRING)
    public ShelterStatus status;
    @Column(name = "asked_on")
    public LocalDate askedOn;
    @Column(name = "refusal_reason")
    public String refusalReason;
    @Column(name = "placed_on")
    public LocalDate placedOn;
    @Column(name = "left_on")
    public LocalDate leftOn;
    public int position;
}
