package nl.zvh.trafficking.signal;

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
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;

/**
 * A person in a signal; its id is the platform person id used as person_ref in the audit log (the table has no
 * separate person_id column: the identity's person id is read from the row's id).
 */
@Entity
@Table(name = "signal_person")
public class SignalPerson {
    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "signal_id")
    private Signal signal;

    @Enumerated(EnumType.STRING)
    private PersonRole role;

    @Embedded
    @AttributeOverride(name = "personId", column = @Column(name = "id", insertable = false, updatable = false))
    private PersonIdentity identity;

    private Integer estimatedAge;

    private String nationality;
    private String notes;
    private int position;

    protected SignalPerson() {
    }

    /** A person with {@code identity}'s person id, or a new one when it has none (a person new to the platform). */
    public SignalPerson(PersonRole role, PersonIdentity identity, Integer estimatedAge, String nationality,
            String notes) {
        this.id = identity.personId() == null ? UUID.randomUUID() : identity.personId();
        this.role = role;
        this.identity = identity.withPersonId(id);
        this.estimatedAge = estimatedAge;
        this.nationality = nationality;
        this.notes = notes;
    }

    void joinAt(Signal signal, int position) {
        this.signal = signal;
        this.position = position;
    }

    /** The name as people read it, or "?" while it is not known. */
    public String displayName() {
        String name = identity == null ? "" : identity.fullName();
        return name.isEmpty() ? "?" : name;
    }

    public UUID id() {
        return id;
    }

    public PersonRole role() {
        return role;
    }

    public PersonIdentity identity() {
        return identity;
    }

    public Integer estimatedAge() {
        return estimatedAge;
    }

    public String nationality() {
        return nationality;
    }

    public String notes() {
        return notes;
    }
}
