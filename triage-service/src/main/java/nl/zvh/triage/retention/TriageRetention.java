package nl.zvh.triage.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.platform.retention.ExpiringRecords;

/** Referrals decided as advice or no action, or withdrawn, whose term expired: anonymised and announced. */
@ApplicationScoped
public class TriageRetention extends ExpiringRecords {
    static final String RECORD_TYPE = "triage-referral";

    @Inject
    EntityManager em;

    @Inject
    TriageRetentionTerms terms;

    /** The referral is its own record: announced with its id as the referral id. */
    public TriageRetention() {
        super(RECORD_TYPE);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected List<Expired> expired(Instant now) {
        var utc = now.atZone(ZoneOffset.UTC);
        return Expired.of(em.createNativeQuery("""
                select r.referral_id as record_id, r.house, r.referral_id from triage_referral r
                left join triage_decision d on d.referral_id = r.referral_id
                where r.erased_at is null and (
                    (d.outcome in ('ADVICE', 'NO_ACTION') and d.decided_at < ?1)
                    or (r.withdrawn_at is not null and r.withdrawn_at < ?2))""")
                .setParameter(1, utc.minusYears(terms.adviceYears()).toInstant())
                .setParameter(2, utc.minusYears(terms.withdrawnYears()).toInstant()).getResultList());
    }
}
