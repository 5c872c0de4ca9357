package nl.zvh.triage.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Retention terms of the table's referrals (as intake's; the house's privacy protocol decides). A referral that
 * started an approach is erased when the programme (or intake) publishes {@code PersonDataErased} for it. The items of
 * the house's other tables ({@link TableRetention}) have a term per table kind, counted from the item's last decision,
 * the end of its AWARE track or the end of its Wvggz investigation, whichever is last.
 */
@ConfigMapping(prefix = "zvh.retention.terms")
public interface TriageRetentionTerms {
    /** Years after the decision for referrals that ended in advice or no action. */
    @WithDefault("2")
    int adviceYears();

    /** Years after withdrawal. */
    @WithDefault("1")
    int withdrawnYears();

    /** I28 (non-acute reports of confused behaviour): as a referral that ended in advice (2 years). */
    @WithName("table-i28-years")
    @WithDefault("2")
    int tableI28Years();

    /** AWARE: after the track ended (or the decision not to join), as advice (2 years). */
    @WithDefault("2")
    int tableAwareYears();

    /** Youth aftercare: after the last decision, as advice (2 years). */
    @WithDefault("2")
    int tableYouthAftercareYears();

    /** The OM's prolific offenders' table: as a complex case (CoVeCa's 5 years after closure). */
    @WithDefault("5")
    int tableProlificOffendersYears();

    /** The OM's LPCO table (compulsory education, parents co-suspects): as a complex case (5 years). */
    @WithDefault("5")
    int tableLpcoYears();
}
