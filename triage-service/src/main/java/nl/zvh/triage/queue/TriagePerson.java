package nl.zvh.triage.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A person in a referral under triage. */
@Entity
@Table(name = "triage_person")
public class TriagePerson extends PanacheEntityBase {
    @Id
    @Column(name = "person_id")
    public UUID personId;
    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    public TriageReferral referral;
    public String role;
    public String relation;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "surname_prefix")
    public String surnamePrefix;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    public String bsn;
    /** Optional; null when intake did not send it. */
    public String gender;
    public int position;

    public String fullName() {
        return firstName + " " + (surnamePrefix == null || surnamePrefix.isBlank() ? "" : surnamePrefix + " ")
                + lastName;
    }
}
