package nl.zvh.trafficking.signal;

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

/** A person in a signal; its id is the platform person id used as person_ref in the audit log. */
@Entity
@Table(name = "signal_person")
public class SignalPerson {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "signal_id")
    public Signal signal;
    @Enumerated(EnumType.STRING)
    public PersonRole role;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "surname_prefix")
    public String surnamePrefix;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    @Column(name = "estimated_age")
    public Integer estimatedAge;
    public String nationality;
    public String bsn;
    public String notes;
    public int position;

    public String displayName() {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {firstName, surnamePrefix, lastName}) {
            if (part != null && !part.isBlank()) {
                name.append(name.isEmpty() ? "" : " ").append(part);
            }
        }
        return name.isEmpty() ? "?" : name.toString();
    }
}
