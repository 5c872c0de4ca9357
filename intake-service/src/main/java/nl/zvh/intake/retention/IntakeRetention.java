package nl.zvh.intake.retention;

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
 * Referrals whose term expired: advice or no action (years after the decision), withdrawn (years after withdrawal),
 * drafts never submitted (days after creation). Each is anonymised and announced with {@code PersonDataErased}.
 */
@ApplicationScoped
public class IntakeRetention implements RetentionJob {
    static final String RECORD_TYPE = "referral";

    @Inject
    EntityManager em;
    @Inject
    IntakeRetentionTerms terms;
    @Inject
    ReferralErasure erasure;
    @Inject
    ErasureEvents events;

    @Override
    @SuppressWarnings("unchecked")
    public int eraseExpired(Instant now) {
        var utc = now.atZone(ZoneOffset.UTC);
        List<Object[]> expired = em.createNativeQuery("""
                        select id, house from referral where erased_at is null and (
                            (status in ('DECIDED', 'CLOSED') and outcome in ('ADVICE', 'NO_ACTION') and decided_at < ?1)
                            or (status = 'WITHDRAWN' and withdrawn_at < ?2)
                            or (status = 'DRAFT' and created_at < ?3))""")
                .setParameter(1, utc.minusYears(terms.adviceYears()).toInstant())
                .setParameter(2, utc.minusYears(terms.withdrawnYears()).toInstant())
                .setParameter(3, utc.minusDays(terms.draftDays()).toInstant())
                .getResultList();
        for (Object[] row : expired) {
            UUID id = (UUID) row[0];
            List<UUID> persons = erasure.erase(id, now);
            events.erased((String) row[1], RECORD_TYPE, id, List.of(id), persons, now);
        }
        return expired.size();
    }
}
