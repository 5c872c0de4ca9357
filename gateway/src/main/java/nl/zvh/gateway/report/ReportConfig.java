package nl.zvh.gateway.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Annual-report settings under {@code zvh.report.}. */
@ConfigMapping(prefix = "zvh.report")
public interface ReportConfig {

    /** Time allowed for one service's figures. */
    @WithDefault("10s")
    Duration timeout();
}
