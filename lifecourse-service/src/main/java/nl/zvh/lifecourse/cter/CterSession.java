package nl.zvh.lifecourse.cter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A meeting of the CTER weighing team with its attendees (stored one per line). */
@Entity
@Table(name = "cter_session")
public class CterSession extends PanacheEntityBase {
    @Id
    public UUID id;
    public String house;
    @Column(name = "session_date")
    public LocalDate sessionDate;
    public String attendees;
    @Column(name = "created_at")
    public Instant createdAt;

    public List<String> attendeeList() {
        return Arrays.stream(attendees.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
