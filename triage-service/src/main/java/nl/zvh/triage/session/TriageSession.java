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

/** One meeting of a house's triage table; it starts at its start time or when the chair opens it. */
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

    /** When the chair opened the meeting ("Vergadering openen"), on its day; null when not opened by hand. */
    public Instant openedAt;

    public String openedBy;

    public Instant startsAt(ZoneId zone) {
        return sessionDate.atTime(startTime).atZone(zone).toInstant();
    }

    /**
     * The session has started when its start time is reached or the chair opened it: from then on the table decides
     * and sees the partners' check answers.
     */
    public boolean hasStarted(Instant now, ZoneId zone) {
        return openedAt != null && !now.isBefore(openedAt) || !now.isBefore(startsAt(zone));
    }
}
