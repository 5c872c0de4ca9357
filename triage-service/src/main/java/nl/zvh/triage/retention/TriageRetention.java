package nl.zvh.triage.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.platform.retention.ExpiringRecords;
import nl.zvh.triage.queue.TriageReferralErasure;

/** Referrals decided as advice or no action, or withdrawn, whose term expired: anonymised and announced. */
@ApplicationScoped
public class TriageRetention extends ExpiringRecords {
    static final String RECORD_TYPE = "triage-referral";

    @Inject
    TriageReferralErasure referrals;

    @Inject
    TriageRetentionTerms terms;

    public TriageRetention() {
        super(RECORD_TYPE);
    }

    @Override
    protected List<Expired> expired(Instant now) {
        var utc = now.atZone(ZoneOffset.UTC);
        return referrals.expired(utc.minusYears(terms.adviceYears()).toInstant(),
                utc.minusYears(terms.withdrawnYears()).toInstant());
    }
}
