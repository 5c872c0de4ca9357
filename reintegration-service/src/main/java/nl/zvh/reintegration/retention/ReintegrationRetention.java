package nl.zvh.reintegration.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.ErasureEvents;
import nl.zvh.platform.retention.RetentionJob;

/** Tracks released longer ago than the term: anonymised and announced with {@code PersonDataErased}. */
@ApplicationScoped
public class ReintegrationRetention implements RetentionJob {
    static final String RECORD_TYPE = "reintegration-track";

    @Inject
    EntityManager em;
    @Inject
    ReintegrationRetentionTerms terms;
    @Inject
    TrackErasure erasure;
    @Inject
    ErasureEvents events;

    @Override
    @SuppressWarnings("unchecked")
    public int eraseExpired(Instant now) {
        List<Object[]> expired = em.createNativeQuery("""
                        select id, house, source_referral_id from track
                        where erased_at is null and actual_release_date is not null and actual_release_date < ?1""")
                .setParameter(1, now.atZone(ZoneOffset.UTC).minusYears(terms.trackYears()).toLocalDate())
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
