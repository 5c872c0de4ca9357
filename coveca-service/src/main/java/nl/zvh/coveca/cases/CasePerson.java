package nl.zvh.coveca.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.problem.ProblemException;

/** The main person or a system member in a case; the identity's person id is the platform person id. */
@Entity
@Table(name = "case_person")
public class CasePerson extends PanacheEntityBase {
    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private CovecaCase caseFile;

    @Embedded
    private PersonIdentity identity;

    @Enumerated(EnumType.STRING)
    private PersonRole role;

    private String relation;
    /** As registered at the referral (FEMALE, MALE, OTHER, UNKNOWN); null when not registered. */
    private String gender;

    private Instant addedAt;
    /** When the person left the case (system members over time); null while in it. */
    private Instant endedAt;

    protected CasePerson() {
    }

    /** A person joining {@code caseFile}; without a platform person id one is assigned. */
    CasePerson(CovecaCase caseFile, PersonData data, Instant at) {
        this.id = UUID.randomUUID();
        this.caseFile = caseFile;
        this.identity = data.identity().personId() == null
                ? data.identity().withPersonId(UUID.randomUUID())
                : data.identity();
        this.role = data.role();
        this.relation = data.relation();
        this.gender = data.gender();
        this.addedAt = at;
    }

    /** The person leaves the case; the main person stays, and a person leaves once. */
    void end(Instant at) {
        if (isMain()) {
            throw ProblemException.invalid("personId", "the main person cannot leave the case");
        }
        if (endedAt != null) {
            throw ProblemException.conflict("person " + personId() + " already left the case");
        }
        endedAt = at;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public UUID personId() {
        return identity.personId();
    }

    public PersonIdentity identity() {
        return identity;
    }

    public PersonRole role() {
        return role;
    }

    public boolean isMain() {
        return role == PersonRole.MAIN;
    }

    public String relation() {
        return relation;
    }

    public String gender() {
        return gender;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String fullName() {
        return identity.fullName();
    }
}
