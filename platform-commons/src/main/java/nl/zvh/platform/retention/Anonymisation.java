package nl.zvh.platform.retention;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runs a service's anonymising statements for one record in the caller's transaction: each statement takes the
 * record id as {@code ?1} and, where it marks the record erased, the moment as {@code ?2}. Which columns are cleared
 * is the service's business; this only runs them in order and leaves no stale entities behind.
 */
public final class Anonymisation {
    private Anonymisation() {
    }

    /**
     * @param personsQuery selects the platform person ids of the record ({@code ?1} = record id), read before erasure
     * @return those person ids, for {@code PersonDataErased}
     */
    @SuppressWarnings("unchecked")
    public static List<UUID> erase(EntityManager em, String personsQuery, String[] statements, UUID recordId,
            Instant now) {
        List<UUID> persons = em.createNativeQuery(personsQuery).setParameter(1, recordId).getResultList();
        for (String statement : statements) {
            var query = em.createNativeQuery(statement).setParameter(1, recordId);
            if (statement.contains("?2")) {
                query.setParameter(2, now);
            }
            query.executeUpdate();
        }
        em.flush();
        em.clear();
        return persons;
    }
}
