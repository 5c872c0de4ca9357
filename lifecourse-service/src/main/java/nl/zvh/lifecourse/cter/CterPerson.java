package nl.zvh.lifecourse.cter;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.lifecourse.persons.RegisteredPerson;
import nl.zvh.platform.problem.ProblemException;

/**
 * A person on the CTER weighing team's register, with the latest outcome, follow-up and review date. Reported by a
 * member (source as told, with the ideology category) or started by the triage table (source {@value #TRIAGE}, the
 * referral, no category yet: the team categorises the person at the first weighing).
 */
@Entity
@Table(name = "cter_person")
public class CterPerson extends RegisteredPerson {
    public static final String TRIAGE = "TRIAGE";

    @Enumerated(EnumType.STRING)
    private Ideology ideology;

    @Enumerated(EnumType.STRING)
    private CterOutcome outcome;

    private String followUp;

    private LocalDate reviewDate;

    private Instant reportedAt;

    private Instant approachHandedOverAt;

    private UUID approachCaseId;

    private LocalDate approachStartedOn;

    /** Set when the retention term expired and the entry was anonymised: never shown again. */
    private Instant erasedAt;

    protected CterPerson() {
    }

    private CterPerson(String house, String municipality, UUID personId, String firstName, String lastName,
            String source, UUID sourceReferralId, Ideology ideology, Instant at) {
        super(house, municipality, personId, firstName, lastName, source, sourceReferralId);
        this.ideology = ideology;
        this.reportedAt = at;
    }

    /** Reported to the team by a member. */
    public static CterPerson reported(String house, CterRequests.NewPerson report, Instant at) {
        return new CterPerson(house, report.municipality(), report.personId(), report.firstName(), report.lastName(),
                report.source(), null, report.ideology(), at);
    }

    /** Put on the register by the triage table's decision about {@code referralId}. */
    public static CterPerson fromTriage(String house, String municipality, UUID personId, String firstName,
            String lastName, UUID referralId, Instant at) {
        return new CterPerson(house, municipality, personId, firstName, lastName, TRIAGE, referralId, null, at);
    }

    /**
     * The team's weighing at {@code session}: the outcome, follow-up and review date become the person's. Refuses (a
     * 400 naming the field) a review date before the session and a first weighing of a person without ideology
     * category that does not set one.
     */
    public CterWeighing weigh(CterSession session, CterRequests.NewWeighing weighing, String by, Instant at) {
        if (weighing.reviewDate() != null && weighing.reviewDate().isBefore(session.sessionDate())) {
            throw ProblemException.invalid("reviewDate", "must not be before the session date");
        }
        if (weighing.ideology() == null && ideology == null) {
            throw ProblemException.invalid("ideology", "the person has no ideology category yet: the team sets one");
        }
        if (weighing.ideology() != null) {
            ideology = weighing.ideology();
        }
        if (weighing.outcome() != outcome) {
            approachHandedOverAt = null;
            approachCaseId = null;
            approachStartedOn = null;
        }
        outcome = weighing.outcome();
        followUp = weighing.followUp();
        reviewDate = weighing.reviewDate();
        boolean handsOver = outcome == CterOutcome.PERSON_ORIENTED_APPROACH && approachHandedOverAt == null;
        if (handsOver) {
            approachHandedOverAt = at;
        }
        return new CterWeighing(session, this, weighing.safetyOfficer(), outcome, followUp, reviewDate, by, at,
                handsOver);
    }

    /**
     * CoVeCa opened the case of the approach handed over: recorded once per case (false when this case was already
     * recorded, or when no approach is handed over any more because the outcome changed since).
     */
    boolean approachStarted(UUID caseId, LocalDate startDate) {
        if (approachHandedOverAt == null || caseId.equals(approachCaseId)) {
            return false;
        }
        approachCaseId = caseId;
        approachStartedOn = startDate;
        return true;
    }

    /** The person as the process director needs them to open the approach (no prefix, birth date or BSN here). */
    CterRequests.HandedOverPerson handedOver() {
        return new CterRequests.HandedOverPerson(personId(), firstName(), null, lastName(), null, null);
    }

    /** True once the retention term expired and the entry was anonymised. */
    public boolean erased() {
        return erasedAt != null;
    }

    public Instant approachHandedOverAt() {
        return approachHandedOverAt;
    }

    public UUID approachCaseId() {
        return approachCaseId;
    }

    public LocalDate approachStartedOn() {
        return approachStartedOn;
    }

    public Ideology ideology() {
        return ideology;
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

    public Instant reportedAt() {
        return reportedAt;
    }
}
