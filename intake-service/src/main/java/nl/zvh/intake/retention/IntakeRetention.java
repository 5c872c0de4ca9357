package nl.zvh.intake.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.intake.referral.ReferralErasure;
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
    ReferralErasure referrals;

    @Inject
    IntakeRetentionTerms terms;

    public IntakeRetention() {
        super(RECORD_TYPE);
    }

    @Override
    protected List<Expired> expired(Instant now) {
        var utc = now.atZone(ZoneOffset.UTC);
        return referrals.expired(utc.minusYears(terms.adviceYears()).toInstant(),
                utc.minusYears(terms.withdrawnYears()).toInstant(), utc.minusDays(terms.draftDays()).toInstant());
    }
}
