package nl.zvh.trafficking.approach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** An agreement (afspraak) with a partner: owner organisation, due date, status. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "approach_id")
    public Approach approach;
    public String description;
    @Column(name = "owner_organisation")
    public String ownerOrganisation;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public AgreementStatus status;
    @Column(name = "drop_reason")
    public String dropReason;
    @Column(name = "done_on")
    public LocalDate doneOn;
    public int position;

    /** OPEN past its due date reads as OVERDUE. */
    public AgreementStatus effectiveStatus(LocalDate today) {
        return status == AgreementStatus.OPEN && dueDate.isBefore(today) ? AgreementStatus.OVERDUE : status;
    }
}
