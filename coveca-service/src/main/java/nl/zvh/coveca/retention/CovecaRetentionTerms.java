package nl.zvh.coveca.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retention term of complex cases (set by the house's privacy protocol). Open cases never expire. */
@ConfigMapping(prefix = "zvh.retention.terms")
public interface CovecaRetentionTerms {
    /** Years after closure. */
    @WithDefault("5")
    int caseYears();
}
