package nl.zvh.lifecourse.cter;

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

/** The weighing of one registered person at a session, with the municipality's safety officer invited. */
@Entity
@Table(name = "cter_weighing")
public class CterWeighing extends PanacheEntityBase {
    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private CterSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private CterPerson person;

    private String safetyOfficer;

    @Enumerated(EnumType.STRING)
    private CterOutcome outcome;

    private String followUp;

    private LocalDate reviewDate;

    private String decidedBy;

    private Instant decidedAt;

    protected CterWeighing() {
    }

    CterWeighing(CterSession session, CterPerson person, String safetyOfficer, CterOutcome outcome, String followUp,
            LocalDate reviewDate, String decidedBy, Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.session = session;
        this.person = person;
        this.safetyOfficer = safetyOfficer;
        this.outcome = outcome;
        this.followUp = followUp;
        this.reviewDate = reviewDate;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public UUID id() {
        return id;
    }

    public CterSession session() {
        return session;
    }

    public CterPerson person() {
        return person;
    }

    public String safetyOfficer() {
        return safetyOfficer;
    }

    public CterOutcome outcome() {
        return outcome;
    }

    public String followUp() {
        return followUp;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
