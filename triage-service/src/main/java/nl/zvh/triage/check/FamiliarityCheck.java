package nl.zvh.triage.check;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.triage.queue.TriageReferral;
import nl.zvh.triage.session.TriageSession;

/** A table partner's familiarity check of the persons of one referral. */
@Entity
@Table(name = "familiarity_check")
public class FamiliarityCheck extends PanacheEntityBase {
    @Id
    public UUID checkId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    public TriageReferral referral;

    public String house;
    public String organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    public TriageSession session;

    public LocalDate deadline;

    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    public CheckStatus status;

    public Boolean known;
    public String summary;

    public String sourceSystem;

    @Enumerated(EnumType.STRING)
    public Sensitivity sensitivity;

    public Instant answeredAt;

    public String answeredBy;

    public Instant remindedAt;

    public boolean isOverdue(LocalDate today) {
        return status == CheckStatus.OPEN && today.isAfter(deadline);
    }
}
