package nl.zvh.lifecourse.persons;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;

/**
 * Person ids are the platform's: a client may name an existing person id only for a person already on the same list
 * of the same house under the same name (the same-person rule of this service, which holds no BSN: first and last
 * name, letter case aside). Anything else is refused on field {@code personId}, so a record can never be attached to
 * someone else's id (a CTER registration under a victim's id would show in her subject-access export). Without an id,
 * the record gets a new person.
 */
public final class KnownPersons {
    private KnownPersons() {
    }

    /**
     * {@code personId} when it names a person on {@code list} (a {@link RegisteredPerson} entity) of {@code house} with
     * this name and not erased; null when none was given; else a 400 problem on {@code personId}.
     */
    public static UUID require(Class<? extends PanacheEntityBase> list, String house, UUID personId, String firstName,
            String lastName) {
        if (personId == null) {
            return null;
        }
        long known = io.quarkus.hibernate.orm.panache.Panache.getEntityManager(list)
                .createQuery(
                        "select count(p) from " + list.getSimpleName()
                                + " p where p.house = ?1 and p.personId = ?2 and p.erasedAt is null"
                                + " and lower(p.lastName) = lower(?3) and lower(coalesce(p.firstName, '')) = lower(?4)",
                        Long.class)
                .setParameter(1, house).setParameter(2, personId).setParameter(3, lastName.strip())
                .setParameter(4, firstName == null ? "" : firstName.strip()).getSingleResult();
        if (known == 0) {
            throw ProblemException.invalid("personId", "no person of this house on this list is known by this id and"
                    + " name: leave personId empty to register a new person");
        }
        return personId;
    }
}
