package nl.zvh.trafficking.approach;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.zvh.platform.problem.ProblemException;

/** An agreement (afspraak) with a partner: owner organisation, due date, status; changed through its approach. */
@Entity
@Table(name = "agreement")
public class Agreement extends ApproachPart {
    private String description;

    private String ownerOrganisation;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private AgreementStatus status;

    private String dropReason;

    private LocalDate doneOn;

    protected Agreement() {
    }

    Agreement(Approach approach, String description, String ownerOrganisation, LocalDate dueDate, int position) {
        super(approach, position);
        this.description = description;
        this.ownerOrganisation = ownerOrganisation;
        this.dueDate = dueDate;
        this.status = AgreementStatus.OPEN;
    }

    /** A new status: DROPPED needs a reason, DONE is done {@code today}. */
    void changeStatus(AgreementStatus to, String reason, LocalDate today) {
        if (to == AgreementStatus.DROPPED && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("dropReason", "is required when an agreement is dropped");
        }
        status = to;
        dropReason = to == AgreementStatus.DROPPED ? reason : null;
        doneOn = to == AgreementStatus.DONE ? today : null;
    }

    /** OPEN past its due date reads as OVERDUE. */
    public AgreementStatus effectiveStatus(LocalDate today) {
        return status == AgreementStatus.OPEN && dueDate.isBefore(today) ? AgreementStatus.OVERDUE : status;
    }

    public String description() {
        return description;
    }

    public String ownerOrganisation() {
        return ownerOrganisation;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public AgreementStatus status() {
        return status;
    }

    public String dropReason() {
        return dropReason;
    }

    public LocalDate doneOn() {
        return doneOn;
    }
}
