package nl.zvh.trafficking.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.ErasureEvents;
import nl.zvh.platform.retention.RetentionJob;

/**
 * Signals whose term expired (advice: years after the outcome; coordinated approach: years after its closure):
 * anonymised and announced with {@code PersonDataErased}. Undecided signals and running approaches never expire.
 */
@ApplicationScoped
public class TraffickingRetention implements RetentionJob {
    static final String RECORD_TYPE = "trafficking-signal";

    @Inject
    EntityManager em;
    @Inject
    TraffickingRetentionTerms terms;
    @Inject
    SignalErasure erasure;
    @Inject
    ErasureEvents events;

    @Override
    @SuppressWarnings("unchecked")
    public int eraseExpired(Instant now) {
        var today = now.atZone(ZoneOffset.UTC).toLocalDate();
        List<Object[]> expired = em.createNativeQuery("""
                        select s.id, s.house, s.source_referral_id from signal s
                        left join approach a on a.signal_id = s.id
                        where s.erased_at is null and (
                            (s.outcome = 'ADVICE' and a.id is null and s.outcome_on < ?1)
                            or (a.status = 'CLOSED' and a.closed_on < ?2))""")
                .setParameter(1, today.minusYears(terms.adviceYears()))
                .setParameter(2, today.minusYears(terms.approachYears()))
                .getResultList();
        for (Object[] row : expired) {
            UUID id = (UUID) row[0];
            List<UUID> persons = erasure.erase(id, now);
            events.erased((String) row[1], RECORD_TYPE, id, row[2] == null ? List.of() : List.of((UUID) row[2]),
                    persons, now);
        }
        return expired.size();
    }
}
