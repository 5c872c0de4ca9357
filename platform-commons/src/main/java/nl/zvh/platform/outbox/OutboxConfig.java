package nl.zvh.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tuning of the outbox relay. */
@ConfigMapping(prefix = "zvh.outbox")
public interface OutboxConfig {

    /** Set false to keep events in the outbox (e.g. a fast test without a broker). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for pending rows when nothing woke it up. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Rows taken per round. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a round before counting it as failed. */
    @WithDefault("15s")
    Duration sendTimeout();

    /** First wait after a failed round; doubles per failure up to {@link #maxBackoff()}. */
    @WithDefault("500ms")
    Duration initialBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    /** Published rows are deleted after this long. */
    @WithDefault("P7D")
    Duration keepPublished();
}
