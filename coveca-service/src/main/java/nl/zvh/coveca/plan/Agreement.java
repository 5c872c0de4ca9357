package nl.zvh.coveca.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An agreement (afspraak): who (organisation and person) does what by when. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "goal_id")
    public UUID goalId;

    @Column(name = "meeting_id")
    public UUID meetingId;

    public String description;

    @Column(name = "owner_organisation")
    public String ownerOrganisation;

    @Column(name = "owner_person")
    public String ownerPerson;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    @Column(name = "drop_reason")
    public String dropReason;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;
}
