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
