package nl.zvh.intake.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;

/**
 * The main person or a system member of a referral. Its id is the platform person id (intake assigns it), so the
 * identity's {@code personId} is read from the same column.
 */
@Entity
@Table(name = "referral_person")
public class ReferralPerson extends PanacheEntityBase {
    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Enumerated(EnumType.STRING)
    private PersonRole role;

    @Enumerated(EnumType.STRING)
    private Relation relation;

    @Embedded
    @AttributeOverride(name = "personId", column = @Column(name = "id", insertable = false, updatable = false))
    private PersonIdentity identity;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private String residenceMunicipality;

    private String address;
    private int position;

    /** For Hibernate. */
    protected ReferralPerson() {
    }

    private ReferralPerson(Referral referral, int position, PersonRole role, Relation relation, String firstName,
            String surnamePrefix, String lastName, LocalDate dateOfBirth, String bsn, Gender gender) {
        this.id = UUID.randomUUID();
        this.referral = referral;
        this.position = position;
        this.role = role;
        this.relation = relation;
        this.identity = new PersonIdentity(id, firstName.strip(), surnamePrefix, lastName.strip(), dateOfBirth, bsn);
        this.gender = gender;
    }

    /** The main person as the referrer entered it. */
    static ReferralPerson main(Referral referral, int position, DraftReferral.Person p) {
        ReferralPerson person = new ReferralPerson(referral, position, PersonRole.MAIN, null, p.firstName(),
                p.surnamePrefix(), p.lastName(), p.dateOfBirth(), p.bsn(), p.gender());
        person.residenceMunicipality = Referral.blankToNull(p.residenceMunicipality());
        person.address = Referral.blankToNull(p.address());
        return person;
    }

    /** A household or family member as the referrer entered it. */
    static ReferralPerson member(Referral referral, int position, DraftReferral.Member m) {
        return new ReferralPerson(referral, position, PersonRole.SYSTEM_MEMBER, m.relation(), m.firstName(),
                m.surnamePrefix(), m.lastName(), m.dateOfBirth(), m.bsn(), m.gender());
    }

    /** The platform person id. */
    public UUID id() {
        return id;
    }

    public Referral referral() {
        return referral;
    }

    public PersonRole role() {
        return role;
    }

    public Relation relation() {
        return relation;
    }

    /** Who the person is: names, date of birth, BSN and the platform person id. */
    public PersonIdentity identity() {
        return identity;
    }

    public Gender gender() {
        return gender;
    }

    public String residenceMunicipality() {
        return residenceMunicipality;
    }

    public String address() {
        return address;
    }

    /** "Jan van der Berg". */
    public String fullName() {
        return identity.fullName();
    }
}
