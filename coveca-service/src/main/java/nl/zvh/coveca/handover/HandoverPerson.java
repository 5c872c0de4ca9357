package nl.zvh.coveca.handover;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.coveca.cases.CasePerson;
import nl.zvh.coveca.cases.PersonData;
import nl.zvh.coveca.cases.PersonRole;
import nl.zvh.platform.person.PersonIdentity;

/**
 * A person of the case as a handover carries them: always the platform person id, role, names and date of birth (no
 * BSN, no contact details: the receiving house asks for more with its own authorisation).
 */
@Embeddable
public record HandoverPerson(@Column(name = "person_id") UUID personId,
        @Enumerated(EnumType.STRING) @Column(name = "role") PersonRole role, @Column(name = "relation") String relation,
        @Column(name = "gender") String gender, @Column(name = "first_name") String firstName,
        @Column(name = "surname_prefix") String surnamePrefix, @Column(name = "last_name") String lastName,
        @Column(name = "date_of_birth") LocalDate dateOfBirth) {

    static HandoverPerson of(CasePerson p) {
        PersonIdentity i = p.identity();
        return new HandoverPerson(p.personId(), p.role(), p.relation(), p.gender(), i.firstName(), i.surnamePrefix(),
                i.lastName(), i.dateOfBirth());
    }

    /** The person as the receiving house's new case starts with them (same platform person id). */
    PersonData asCasePerson() {
        return new PersonData(new PersonIdentity(personId, firstName, surnamePrefix, lastName, dateOfBirth, null), role,
                role == PersonRole.MAIN ? null : relation, gender);
    }

    /** First name, prefix and last name; "" once erased. */
    public String fullName() {
        return lastName == null ? "" : PersonIdentity.fullName(firstName, surnamePrefix, lastName);
    }

    public boolean isMain() {
        return role == PersonRole.MAIN;
    }
}
