package nl.zvh.triage.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A referral on a session's agenda; a referral is on at most one agenda (moving changes the session). */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends PanacheEntityBase {
    @Id
    public UUID referralId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    public TriageSession session;

    public Instant scheduledAt;

    public String scheduledBy;

    public String reason;

    public static Optional<AgendaItem> of(UUID referralId) {
        return findByIdOptional(referralId);
    }
}
