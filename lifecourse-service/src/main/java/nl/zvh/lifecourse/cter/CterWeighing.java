package nl.zvh.lifecourse.cter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

/** The weighing of one reported person at a session, with the municipality's safety officer invited. */
@Entity
@Table(name = "cter_weighing")
public class CterWeighing extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    public CterSession session;
    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    public CterPerson person;
    @Column(name = "safety_officer")
    public String safetyOfficer;
    @Enumerated(EnumType.STRING)
    public CterOutcome outcome;
    @Column(name = "follow_up")
    public String followUp;
    @Column(name = "review_date")
    public LocalDate reviewDate;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
}
