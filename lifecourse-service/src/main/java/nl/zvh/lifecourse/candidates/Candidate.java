package nl.zvh.lifecourse.candidates;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person proposed for the life-course approach; once included, a life-course client of the house. */
@Entity
@Table(name = "candidate")
public class Candidate extends PanacheEntityBase {
    @Id
    public UUID id;
    public String house;
    public String municipality;
    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    public String source;
    @Column(name = "source_referral_id")
    public UUID sourceReferralId;
    @Enumerated(EnumType.STRING)
    public CandidateStatus status;
    @Column(name = "safety_note")
    public String safetyNote;
    @Column(name = "created_at")
    public Instant createdAt;
    /** Set when the retention job anonymised the candidate: kept for the figures only, never shown. */
    @Column(name = "erased_at")
    public Instant erasedAt;
    @Column(name = "included_at")
    public Instant includedAt;

    public String fullName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }
}
