package nl.zvh.lifecourse.cter;

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

/** A person reported to the CTER weighing team, with the latest outcome, follow-up and review date. */
@Entity
@Table(name = "cter_person")
public class CterPerson extends PanacheEntityBase {
    @Id
    public UUID id;
    public String house;
    public String municipality;
    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    public String source;
    @Enumerated(EnumType.STRING)
    public Ideology ideology;
    @Enumerated(EnumType.STRING)
    public CterOutcome outcome;
    @Column(name = "follow_up")
    public String followUp;
    @Column(name = "review_date")
    public LocalDate reviewDate;
    @Column(name = "reported_at")
    public Instant reportedAt;

    public String fullName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }
}
