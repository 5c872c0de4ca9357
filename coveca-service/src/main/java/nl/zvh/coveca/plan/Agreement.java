package nl.zvh.coveca.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public UUID caseId;

    public UUID goalId;

    public UUID meetingId;

    public String description;

    public String ownerOrganisation;

    public String ownerPerson;

    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    public String dropReason;

    public Instant statusChangedAt;

    public Instant createdAt;

    public String createdBy;

    @Version
    public long version;
}
