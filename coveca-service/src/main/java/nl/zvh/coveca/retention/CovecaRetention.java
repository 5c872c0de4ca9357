package nl.zvh.coveca.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.ErasureEvents;
import nl.zvh.platform.retention.RetentionJob;

/** Closed cases whose term expired: anonymised and announced with {@code PersonDataErased}. */
@ApplicationScoped
public class CovecaRetention implements RetentionJob {
    static final String RECORD_TYPE = "coveca-case";

    @Inject
    EntityManager em;
    @Inject
    CovecaRetentionTerms terms;
    @Inject
    CaseErasure erasure;
    @Inject
    ErasureEvents events;

    @Override
    @SuppressWarnings("unchecked")
    public int eraseExpired(Instant now) {
        List<Object[]> expired = em.createNativeQuery("""
                        select id, house, source_referral_id from coveca_case
                        where erased_at is null and status = 'CLOSED' and closed_at < ?1""")
                .setParameter(1, now.atZone(ZoneOffset.UTC).minusYears(terms.caseYears()).toInstant())
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
