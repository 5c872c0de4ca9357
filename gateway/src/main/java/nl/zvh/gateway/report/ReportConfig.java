package nl.zvh.gateway.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Annual-report settings under {@code zvh.report.}. */
@ConfigMapping(prefix = "zvh.report")
public interface ReportConfig {

    /** Published exports (CSV, PDF) show counts from 1 up to this value minus one as {@code <n}; 0 switches it off. */
    @WithDefault("5")
    int suppressBelow();

    /** Time allowed for one service's figures. */
    @WithDefault("10s")
    Duration timeout();
}
