package nl.zvh.reintegration.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public UUID trackId;

    public String house;
    public String municipality;
    public String reason;

    public String riskSummary;

    public Instant escalatedAt;

    public String escalatedBy;

    @Enumerated(EnumType.STRING)
    public Status status;

    public UUID covecaCaseId;

    public Instant linkedAt;
}
