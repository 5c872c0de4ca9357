package nl.zvh.platform.person;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Who a person is, as every service stores it on its own records: the platform person id (from intake's matching),
 * name in the Dutch parts, date of birth and BSN. Embedded in an entity its columns are {@code person_id},
 * {@code first_name}, {@code surname_prefix}, {@code last_name}, {@code date_of_birth} and {@code bsn}; a value
 * object, so a record changes a person's identity only by replacing it.
 */
@Embeddable
public class PersonIdentity {
    private UUID personId;

    private String firstName;

    private String surnamePrefix;

    private String lastName;

    private LocalDate dateOfBirth;

    private String bsn;

    protected PersonIdentity() {
    }

    public PersonIdentity(UUID personId, String firstName, String surnamePrefix, String lastName, LocalDate dateOfBirth,
            String bsn) {
        this.personId = personId;
        this.firstName = firstName;
        this.surnamePrefix = blankToNull(surnamePrefix);
        this.lastName = lastName;
        this.dateOfBirth = dateOfBirth;
        this.bsn = blankToNull(bsn);
    }

    public UUID personId() {
        return personId;
    }

    public String firstName() {
        return firstName;
    }

    public String surnamePrefix() {
        return surnamePrefix;
    }

    public String lastName() {
        return lastName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public String bsn() {
        return bsn;
    }

    /** The same person with the platform person id intake assigned. */
    public PersonIdentity withPersonId(UUID id) {
        return new PersonIdentity(id, firstName, surnamePrefix, lastName, dateOfBirth, bsn);
    }

    /** "Jan de Vries": first name, surname prefix and last name as a person reads them. */
    public String fullName() {
        return fullName(firstName, surnamePrefix, lastName);
    }

    /** "Vries, Jan de": for sorted lists. */
    public String sortName() {
        String last = lastName == null ? "" : lastName;
        String rest = ((firstName == null ? "" : firstName) + " " + (surnamePrefix == null ? "" : surnamePrefix))
                .strip();
        return rest.isEmpty() ? last : last + ", " + rest;
    }

    public static String fullName(String firstName, String surnamePrefix, String lastName) {
        StringBuilder name = new StringBuilder();
        for (String part : new String[]{firstName, surnamePrefix, lastName}) {
            if (part != null && !part.isBlank()) {
                name.append(name.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return name.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonIdentity p && Objects.equals(personId, p.personId)
                && Objects.equals(firstName, p.firstName) && Objects.equals(surnamePrefix, p.surnamePrefix)
                && Objects.equals(lastName, p.lastName) && Objects.equals(dateOfBirth, p.dateOfBirth)
                && Objects.equals(bsn, p.bsn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(personId, firstName, surnamePrefix, lastName, dateOfBirth, bsn);
    }
}
