package nl.zvh.lifecourse.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.platform.retention.ExpiringRecords;

/** Candidates not included whose term expired: anonymised and announced with {@code PersonDataErased}. */
@ApplicationScoped
public class NotIncludedCandidates extends ExpiringRecords {
    static final String RECORD_TYPE = "lifecourse-candidate";

    @Inject
    EntityManager em;

    @Inject
    LifecourseRetentionTerms terms;

    public NotIncludedCandidates() {
        super(RECORD_TYPE);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected List<Expired> expired(Instant now) {
        return Expired.of(em.createNativeQuery("""
                select c.id, c.house, c.source_referral_id from candidate c
                where c.erased_at is null and c.status = 'NOT_INCLUDED'
                  and coalesce((select max(d.decided_at) from inclusion_decision d where d.candidate_id = c.id),
                               c.created_at) < ?1""")
                .setParameter(1, now.atZone(ZoneOffset.UTC).minusYears(terms.notIncludedYears()).toInstant())
                .getResultList());
    }
}
