package nl.zvh.intake.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.platform.retention.ExpiringRecords;

/**
 * Referrals whose term expired: advice or no action (years after the decision), withdrawn (years after withdrawal),
 * drafts never submitted (days after creation). Each is anonymised and announced with {@code PersonDataErased}
 * (record type {@value #RECORD_TYPE}, the referral itself as its referral).
 */
@ApplicationScoped
public class IntakeRetention extends ExpiringRecords {
    static final String RECORD_TYPE = "referral";

    @Inject
    EntityManager em;

    @Inject
    IntakeRetentionTerms terms;

    public IntakeRetention() {
        super(RECORD_TYPE);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected List<Expired> expired(Instant now) {
        var utc = now.atZone(ZoneOffset.UTC);
        return Expired.of(em.createNativeQuery("""
                select id, house, id as referral_id from referral where erased_at is null and (
                    (status in ('DECIDED', 'CLOSED') and outcome in ('ADVICE', 'NO_ACTION') and decided_at < ?1)
                    or (status = 'WITHDRAWN' and withdrawn_at < ?2)
                    or (status = 'DRAFT' and created_at < ?3))""")
                .setParameter(1, utc.minusYears(terms.adviceYears()).toInstant())
                .setParameter(2, utc.minusYears(terms.withdrawnYears()).toInstant())
                .setParameter(3, utc.minusDays(terms.draftDays()).toInstant()).getResultList());
    }
}
