package nl.zvh.platform.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The registration numbers of the previous system this service imported, per house and kind (table
 * {@code history_import}, a platform migration): what makes a history import idempotent.
 */
@ApplicationScoped
public class HistoryLedger {
    @Inject
    EntityManager em;

    /** Of {@code registrationNumbers}, those the house imported before as {@code kind}. */
    @SuppressWarnings("unchecked")
    public Set<String> alreadyImported(String house, String kind, List<String> registrationNumbers) {
        if (registrationNumbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em
                .createNativeQuery("select registration_number from history_import where house = ?1"
                        + " and kind = ?2 and registration_number in (?3)")
                .setParameter(1, house).setParameter(2, kind).setParameter(3, registrationNumbers).getResultList());
    }

    /** Records that {@code recordId} was imported as the previous system's {@code registrationNumber}. */
    public void record(String house, String kind, String registrationNumber, Object recordId, String importedBy) {
        em.createNativeQuery("insert into history_import (house, kind, registration_number, record_id, imported_at,"
                + " imported_by) values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, house).setParameter(2, kind)
                .setParameter(3, registrationNumber).setParameter(4, String.valueOf(recordId))
                .setParameter(5, Instant.now()).setParameter(6, importedBy).executeUpdate();
    }
}
