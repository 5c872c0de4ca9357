package nl.zvh.coveca.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** The main person or a system member in a case; personId is the platform person id (from the referral). */
@Entity
@Table(name = "case_person")
public class CasePerson extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    public CovecaCase caseFile;
    @Column(name = "person_id")
    public UUID personId;
    @Enumerated(EnumType.STRING)
    public PersonRole role;
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
    /** As registered at the referral (FEMALE, MALE, OTHER, UNKNOWN); null when not registered. */
    public String gender;
    @Column(name = "added_at")
    public Instant addedAt;

    public String fullName() {
        return firstName + " " + (surnamePrefix == null || surnamePrefix.isBlank() ? "" : surnamePrefix + " ")
                + lastName;
    }

    /** Age on a date, or null when the date of birth is unknown. */
    public Integer ageOn(LocalDate date) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, date).getYears();
    }
}
