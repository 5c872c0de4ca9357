package nl.zvh.reintegration.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Retention term of re-integration tracks (the house's privacy protocol decides). A track without an actual release
 * date is still running and never expires.
 */
@ConfigMapping(prefix = "zvh.retention.terms")
public interface ReintegrationRetentionTerms {
    /** Years after the actual release. */
    @WithDefault("5")
    int trackYears();
}
