package nl.zvh.lifecourse.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Retention terms of the life-course approach and the CTER register (the house's privacy protocol decides; the
 * defaults and their source are in the service README). Open clients and CTER persons with any outcome other than
 * "no action" (or not yet weighed) never expire automatically.
 */
@ConfigMapping(prefix = "zvh.retention.terms")
public interface LifecourseRetentionTerms {
    /** Years after the inclusion table's last decision for candidates not included. */
    @WithDefault("2")
    int notIncludedYears();

    /** Years after closure for closed life-course clients (each period on its own). */
    @WithDefault("5")
    int closedClientYears();

    /** Years after the last weighing for CTER persons whose outcome is "no action". */
    @WithDefault("5")
    int cterNoActionYears();
}
