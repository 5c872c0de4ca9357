package nl.zvh.reintegration.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An escalation (opschaling) of a track to process direction; LINKED once CoVeCa reports the case it opened. */
@Entity
@Table(name = "escalation")
public class Escalation extends PanacheEntityBase {
    /** ESCALATED: event published; LINKED: CoVeCa opened or linked a case (CoveCaCaseOpened). */
    public enum Status {
        ESCALATED, LINKED
    }

    @Id
    public UUID id;

    @Column(name = "track_id")
    public UUID trackId;

    public String house;
    public String municipality;
    public String reason;

    @Column(name = "risk_summary")
    public String riskSummary;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "escalated_by")
    public String escalatedBy;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "coveca_case_id")
    public UUID covecaCaseId;

    @Column(name = "linked_at")
    public Instant linkedAt;
}
