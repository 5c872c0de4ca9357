package nl.zvh.lifecourse.inbound;

import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.platform.event.MalformedEventException;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.programme.ProgrammeStart;
import nl.zvh.platform.programme.TriageDecision;

/**
 * The main person of a start as this service stores a name (no surname-prefix column: "van der Berg" is the last
 * name); a main person without a last name makes the decision malformed (dead-letter topic).
 */
record MainPerson(UUID personId, String firstName, String lastName, LocalDate dateOfBirth) {

    static MainPerson of(ProgrammeStart.Start start) {
        TriageDecision.Person main = start.main();
        if (main.lastName() == null || main.lastName().isBlank()) {
            throw new MalformedEventException("TriageDecided " + start.eventId() + " starting "
                    + start.decision().programme() + ": the main person has no last name");
        }
        return new MainPerson(main.personId(), main.firstName(),
                PersonIdentity.fullName(null, main.surnamePrefix(), main.lastName()), main.dateOfBirth());
    }
}
