package nl.zvh.trafficking.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retention terms of trafficking signals (the house's privacy protocol decides). Running approaches never expire. */
@ConfigMapping(prefix = "zvh.retention.terms")
public interface TraffickingRetentionTerms {
    /** Years after the closure of a coordinated approach. */
    @WithDefault("5")
    int approachYears();

    /** Years after the outcome for signals that ended in advice. */
    @WithDefault("2")
    int adviceYears();
}
