package nl.zvh.coveca.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retention terms of complex cases and groups (set by the house's privacy protocol). Open ones never expire. */
@ConfigMapping(prefix = "zvh.retention.terms")
public interface CovecaRetentionTerms {
    /** Years after closure. */
    @WithDefault("5")
    int caseYears();

    /**
     * Years after a group of the group approach closed (its members without a case, the links to cases, minutes):
     * the cases' term unless the house's privacy protocol sets its own. Open groups never expire.
     */
    @WithDefault("5")
    int groupYears();
}
