package nl.zvh.lifecourse.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Retention term of life-course candidates (the house's privacy protocol decides). Included clients are followed for
 * the long term and have no closure yet: they never expire automatically.
 */
@ConfigMapping(prefix = "zvh.retention.terms")
public interface LifecourseRetentionTerms {
    /** Years after the inclusion table's last decision for candidates not included. */
    @WithDefault("2")
    int notIncludedYears();
}
