package nl.zvh.intake.referral;

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

/** The main person or a system member of a referral. */
@Entity
@Table(name = "referral_person")
public class ReferralPerson extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    public Referral referral;
    @Enumerated(EnumType.STRING)
    public PersonRole role;
    @Enumerated(EnumType.STRING)
    public Relation relation;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "surname_prefix")
    public String surnamePrefix;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    public String bsn;
    @Enumerated(EnumType.STRING)
    public Gender gender;
    @Column(name = "residence_municipality")
    public String residenceMunicipality;
    public String address;
    public int position;

    /** "Jan van der Berg". */
    public String fullName() {
        return firstName + " " + (surnamePrefix == null || surnamePrefix.isBlank() ? "" : surnamePrefix + " ")
                + lastName;
    }
}
