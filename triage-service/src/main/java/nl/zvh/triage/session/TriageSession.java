package nl.zvh.triage.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/** One meeting of a house's triage table. */
@Entity
@Table(name = "triage_session")
public class TriageSession extends PanacheEntityBase {
    @Id
    public UUID sessionId;

    public String house;

    public LocalDate sessionDate;

    public LocalTime startTime;

    @Enumerated(EnumType.STRING)
    public SessionKind kind;

    public String reason;

    public Instant createdAt;

    public String createdBy;

    public Instant startsAt(ZoneId zone) {
        return sessionDate.atTime(startTime).atZone(zone).toInstant();
    }

    public boolean hasStarted(Instant now, ZoneId zone) {
        return !now.isBefore(startsAt(zone));
    }
}
