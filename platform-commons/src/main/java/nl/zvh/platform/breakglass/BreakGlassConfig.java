package nl.zvh.platform.breakglass;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Break-glass settings ({@code zvh.break-glass.*}). */
@ConfigMapping(prefix = "zvh.break-glass")
public interface BreakGlassConfig {

    /** How long an emergency grant lasts. */
    @WithDefault("PT4H")
    Duration duration();

    /**
     * How many emergency grants one person may take within 24 hours (all houses together); more is refused with 429
     * and needs the privacy officer. Breaking the glass is for an emergency, not a way of working.
     */
    @WithDefault("3")
    int dailyLimit();

    /** The fewest words a reason must have: what happened and why this record is needed now. */
    @WithDefault("5")
    int reasonMinWords();
}
