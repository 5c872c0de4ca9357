package nl.zvh.coveca.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.zvh.coveca.handover.HandoverErasure;
import nl.zvh.platform.retention.RetentionJob;

/**
 * Incoming handover requests that never became a case of the house (declined) are anonymised after the cases' term
 * ({@link CovecaRetentionTerms#caseYears()}) from the decision: the names, dates of birth, summary, parts and reason
 * go; the dates and status stay. An accepted request goes with the case it opened ({@code CaseErasure}); a handover of
 * the sending house goes with its case. No {@code PersonDataErased}: the request is the house's own copy of another
 * house's summary, which erases its own with its case.
 */
@ApplicationScoped
public class HandoverRetention implements RetentionJob {

    @Inject
    CovecaRetentionTerms terms;

    @Inject
    HandoverErasure erasure;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseExpired(Instant now) {
        return erasure.declinedBefore(now.atZone(ZoneOffset.UTC).minusYears(terms.caseYears()).toInstant(), now);
    }
}
