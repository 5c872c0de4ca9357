package nl.zvh.triage.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Retention terms of the table's referrals (as intake's; the house's privacy protocol decides). A referral that
 * started an approach is erased when the programme (or intake) publishes {@code PersonDataErased} for it.
 */
@ConfigMapping(prefix = "zvh.retention.terms")
public interface TriageRetentionTerms {
    /** Years after the decision for referrals that ended in advice or no action. */
    @WithDefault("2")
    int adviceYears();

    /** Years after withdrawal. */
    @WithDefault("1")
    int withdrawnYears();
}
