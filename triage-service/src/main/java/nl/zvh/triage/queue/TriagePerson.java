package nl.zvh.triage.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;

/** A person in a referral under triage: who (the platform's person identity), role, relation and gender. */
@Entity
@Table(name = "triage_person")
public class TriagePerson extends PanacheEntityBase {
    public static final String MAIN = "MAIN";

    @Id
    @Column(name = "person_id") // named as in the identity's override: one column, one logical name
    private UUID personId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    private TriageReferral referral;
    /** The person id is the row's key (written through {@link #personId}); the identity reads it along. */
    @Embedded
    @AttributeOverride(name = "personId", column = @Column(name = "person_id", insertable = false, updatable = false))
    private PersonIdentity identity;

    private String role;
    private String relation;
    /** Optional; null when intake did not send it. */
    private String gender;

    private int position;

    protected TriagePerson() {
    }

    TriagePerson(TriageReferral referral, int position, PersonIdentity identity, String role, String relation,
            String gender) {
        this.personId = Objects.requireNonNull(identity.personId(), "personId");
        this.referral = referral;
        this.position = position;
        this.identity = identity;
        this.role = role;
        this.relation = relation;
        this.gender = gender;
    }

    public UUID personId() {
        return personId;
    }

    public PersonIdentity identity() {
        return identity;
    }

    public String role() {
        return role;
    }

    public String relation() {
        return relation;
    }

    public String gender() {
        return gender;
    }

    public boolean isMain() {
        return MAIN.equals(role);
    }

    /** "Jan van der Berg". */
    public String fullName() {
        return identity.fullName();
    }
}
