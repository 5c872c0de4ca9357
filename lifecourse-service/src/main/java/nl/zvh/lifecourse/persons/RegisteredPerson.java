package nl.zvh.lifecourse.persons;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;

/**
 * A person put on one of the house's lists (a life-course candidate, the CTER register): the platform person id, the
 * name (no surname-prefix column: "van der Berg" is the last name; no BSN in this service), the municipality and
 * where the entry came from (a triage referral, the coordinator, a member's report).
 */
@MappedSuperclass
public abstract class RegisteredPerson extends PanacheEntityBase {
    @Id
    private UUID id;

    private String house;
    private String municipality;

    private UUID personId;

    private String firstName;

    private String lastName;

    private String source;

    private UUID sourceReferralId;

    protected RegisteredPerson() {
    }

    /** A new entry; a person without a platform id gets a new one. */
    protected RegisteredPerson(String house, String municipality, UUID personId, String firstName, String lastName,
            String source, UUID sourceReferralId) {
        this.id = UUID.randomUUID();
        this.house = house;
        this.municipality = municipality;
        this.personId = personId != null ? personId : UUID.randomUUID();
        this.firstName = firstName;
        this.lastName = lastName;
        this.source = source;
        this.sourceReferralId = sourceReferralId;
    }

    public UUID id() {
        return id;
    }

    public String house() {
        return house;
    }

    public String municipality() {
        return municipality;
    }

    public UUID personId() {
        return personId;
    }

    protected String firstName() {
        return firstName;
    }

    protected String lastName() {
        return lastName;
    }

    public String source() {
        return source;
    }

    public UUID sourceReferralId() {
        return sourceReferralId;
    }

    /** "Piet Jansen"; null once the name was erased. */
    public String fullName() {
        String name = PersonIdentity.fullName(firstName, null, lastName);
        return name.isEmpty() ? null : name;
    }
}
