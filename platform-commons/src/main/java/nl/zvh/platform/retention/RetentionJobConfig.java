package nl.zvh.platform.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the retention job runs, and whether its trigger may be given another "now" (tests only). */
@ConfigMapping(prefix = "zvh.retention.job")
public interface RetentionJobConfig {
    /** Cron of the nightly run ({@code off} disables it). */
    @WithDefault("0 30 2 * * ?")
    String cron();

    /**
     * Whether {@code POST /api/retention/runs} accepts {@code asOf} (a moved clock). Only for test stacks: false in
     * production, where the trigger always runs with the real time.
     */
    @WithDefault("false")
    boolean testClockEnabled();
}
