package nl.zvh.lifecourse.cter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.lifecourse.cter.CterRequests.CterApproachHandedOverV1;
import nl.zvh.lifecourse.cter.CterRequests.CterOutcomeDecidedV1;
import nl.zvh.lifecourse.cter.CterRequests.WeighingView;

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

    /** Whether this weighing hands the person-oriented approach over (not stored: the person keeps when). */
    @Transient
    private boolean handsOver;

    protected CterWeighing() {
    }

    CterWeighing(CterSession session, CterPerson person, String safetyOfficer, CterOutcome outcome, String followUp,
            LocalDate reviewDate, String decidedBy, Instant decidedAt, boolean handsOver) {
        this.id = UUID.randomUUID();
        this.session = session;
        this.person = person;
        this.safetyOfficer = safetyOfficer;
        this.outcome = outcome;
        this.followUp = followUp;
        this.reviewDate = reviewDate;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.handsOver = handsOver;
    }

    public CterPerson person() {
        return person;
    }

    /** The weighing as the API and the pages show it. */
    public WeighingView view() {
        return new WeighingView(id, person.id(), person.fullName(), safetyOfficer, outcome, followUp, reviewDate,
                decidedBy);
    }

    /** The handover of the person-oriented approach, when this weighing decided it for the first time. */
    Optional<CterApproachHandedOverV1> handedOver() {
        return handsOver
                ? Optional.of(new CterApproachHandedOverV1(person.id(), session.id(), person.house(),
                        person.municipality(), decidedAt, person.handedOver()))
                : Optional.empty();
    }

    /** The event of this weighing: ids, codes and dates only. */
    CterOutcomeDecidedV1 decided() {
        return new CterOutcomeDecidedV1(person.id(), person.personId(), person.house(), person.municipality(),
                session.id(), session.sessionDate(), person.ideology(), outcome, reviewDate, decidedAt);
    }
}
