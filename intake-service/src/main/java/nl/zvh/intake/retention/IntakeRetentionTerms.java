package nl.zvh.intake.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Retention terms of referrals (set by the house's privacy protocol). A referral that started an approach is kept
 * as long as the programme keeps its case: it is erased when the programme publishes {@code PersonDataErased}.
 */
@ConfigMapping(prefix = "zvh.retention.terms")
public interface IntakeRetentionTerms {
    /** Years after the decision for referrals that ended in advice or no action. */
    @WithDefault("2")
    int adviceYears();

    /** Years after withdrawal for withdrawn referrals. */
    @WithDefault("1")
    int withdrawnYears();

    /** Years after an advice or information question was last handled (became a referral, answered, asked). */
    @WithDefault("2")
    int questionYears();

    /** Days after creation for drafts never submitted. */
    @WithDefault("90")
    int draftDays();
}
