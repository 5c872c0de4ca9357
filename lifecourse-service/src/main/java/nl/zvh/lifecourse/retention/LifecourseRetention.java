package nl.zvh.lifecourse.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.ErasureEvents;
import nl.zvh.platform.retention.RetentionJob;

/** Candidates not included whose term expired: anonymised and announced with {@code PersonDataErased}. */
@ApplicationScoped
public class LifecourseRetention implements RetentionJob {
    static final String RECORD_TYPE = "lifecourse-candidate";

    @Inject
    EntityManager em;
    @Inject
    LifecourseRetentionTerms terms;
    @Inject
    CandidateErasure erasure;
    @Inject
    ErasureEvents events;

    @Override
    @SuppressWarnings("unchecked")
    public int eraseExpired(Instant now) {
        List<Object[]> expired = em.createNativeQuery("""
                        select c.id, c.house, c.source_referral_id from candidate c
                        where c.erased_at is null and c.status = 'NOT_INCLUDED'
                          and coalesce((select max(d.decided_at) from inclusion_decision d where d.candidate_id = c.id),
                                       c.created_at) < ?1""")
                .setParameter(1, now.atZone(ZoneOffset.UTC).minusYears(terms.notIncludedYears()).toInstant())
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
