package nl.zvh.coveca.inbound;

import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.coveca.cases.PersonData;
import nl.zvh.coveca.cases.PersonRole;
import nl.zvh.platform.person.PersonIdentity;

/** The person an event opens a case for, as the producing services send it (names, date of birth, BSN may be null). */
public record EventPerson(UUID personId, String firstName, String surnamePrefix, String lastName, LocalDate dateOfBirth,
        String bsn) {

    /** The case's main person. */
    PersonData asMain() {
        return new PersonData(new PersonIdentity(personId, firstName, surnamePrefix, lastName, dateOfBirth, bsn),
                PersonRole.MAIN, null, null);
    }
}
