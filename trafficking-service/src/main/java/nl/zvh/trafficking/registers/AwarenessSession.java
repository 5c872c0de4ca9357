package nl.zvh.trafficking.registers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A training or presentation given to raise awareness of human trafficking. */
@Entity
@Table(name = "awareness_session")
public class AwarenessSession extends PanacheEntityBase {
    @Id
    public UUID id;

    public String house;

    public LocalDate heldOn;

    public String audience;
    public String organisation;
    public int participants;
    public String topic;

    public Instant createdAt;
}
