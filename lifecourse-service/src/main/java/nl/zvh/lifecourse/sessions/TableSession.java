package nl.zvh.lifecourse.sessions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A meeting of one of the house's tables (the inclusion table, the CTER weighing team) with its attendees, stored one
 * per line: what both tables record of a meeting, each in its own table.
 */
@MappedSuperclass
public abstract class TableSession extends PanacheEntityBase {
    @Id
    private UUID id;

    private String house;

    private LocalDate sessionDate;

    private String attendees;

    private Instant createdAt;

    protected TableSession() {
    }

    protected TableSession(String house, NewSession request) {
        this.id = UUID.randomUUID();
        this.house = house;
        this.sessionDate = request.date();
        this.attendees = String.join("\n", request.attendees());
        this.createdAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public String house() {
        return house;
    }

    public LocalDate sessionDate() {
        return sessionDate;
    }

    public List<String> attendeeList() {
        return Arrays.stream(attendees.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
