package nl.zvh.triage.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.retention.ErasureEvents;
import nl.zvh.platform.retention.RetentionJob;

/** Referrals decided as advice or no action, or withdrawn, whose term expired: anonymised and announced. */
@ApplicationScoped
public class TriageRetention implements RetentionJob {
    static final String RECORD_TYPE = "triage-referral";

    @Inject
    EntityManager em;
    @Inject
    TriageRetentionTerms terms;
    @Inject
    TriageReferralErasure erasure;
    @Inject
    ErasureEvents events;

    @Override
    @SuppressWarnings("unchecked")
    public int eraseExpired(Instant now) {
        var utc = now.atZone(ZoneOffset.UTC);
        List<Object[]> expired = em.createNativeQuery("""
                        select r.referral_id, r.house from triage_referral r
                        left join triage_decision d on d.referral_id = r.referral_id
                        where r.erased_at is null and (
                            (d.outcome in ('ADVICE', 'NO_ACTION') and d.decided_at < ?1)
                            or (r.withdrawn_at is not null and r.withdrawn_at < ?2))""")
                .setParameter(1, utc.minusYears(terms.adviceYears()).toInstant())
                .setParameter(2, utc.minusYears(terms.withdrawnYears()).toInstant())
                .getResultList();
        for (Object[] row : expired) {
            UUID id = (UUID) row[0];
            List<UUID> persons = erasure.erase(id, now);
            events.erased((String) row[1], RECORD_TYPE, id, List.of(id), persons, now);
        }
        return expired.size();
    }
}
