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
}
