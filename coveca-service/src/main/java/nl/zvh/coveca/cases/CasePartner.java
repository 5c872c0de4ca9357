package nl.zvh.coveca.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;

/** A partner organisation involved in a case, with its contact person. Its process directors see the case. */
@Entity
@Table(name = "case_partner")
public class CasePartner extends PanacheEntityBase {
    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private CovecaCase caseFile;

    private String organisation;

    private String contactName;

    private String contactPhone;

    private String contactEmail;

    private Instant addedAt;
    /** When the organisation's involvement ended; null while involved. */
    private Instant endedAt;

    protected CasePartner() {
    }

    CasePartner(CovecaCase caseFile, CaseRequests.NewPartner data, Instant at) {
        this.id = UUID.randomUUID();
        this.caseFile = caseFile;
        this.organisation = data.organisation().strip();
        this.contactName = data.contactName();
        this.contactPhone = data.contactPhone();
        this.contactEmail = data.contactEmail();
        this.addedAt = at;
    }

    /** The organisation's involvement ends, once. */
    void end(Instant at) {
        if (endedAt != null) {
            throw ProblemException.conflict("the involvement of " + organisation + " already ended");
        }
        endedAt = at;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String organisation() {
        return organisation;
    }

    public String contactName() {
        return contactName;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactEmail() {
        return contactEmail;
    }
}
