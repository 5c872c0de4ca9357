package nl.zvh.trafficking.approach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;

/** An agreement (afspraak) with a partner: owner organisation, due date, status; changed through its approach. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {
    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "approach_id")
    private Approach approach;

    private String description;

    private String ownerOrganisation;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private AgreementStatus status;

    private String dropReason;

    private LocalDate doneOn;

    private int position;

    protected Agreement() {
    }

    Agreement(Approach approach, String description, String ownerOrganisation, LocalDate dueDate, int position) {
        this.id = UUID.randomUUID();
        this.approach = approach;
        this.description = description;
        this.ownerOrganisation = ownerOrganisation;
        this.dueDate = dueDate;
        this.status = AgreementStatus.OPEN;
        this.position = position;
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

    public UUID id() {
        return id;
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

    int position() {
        return position;
    }
}
