package nl.zvh.coveca.cases;

import nl.zvh.platform.person.PersonIdentity;

/**
 * A person as the source of a case knows it: who (a null person id gets one assigned), main person or system member,
 * the relation to the main person and the registered gender (both optional).
 */
public record PersonData(PersonIdentity identity, PersonRole role, String relation, String gender) {
}
