package nl.zvh.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How consumers wait for a database that is away for a moment (see {@link IdempotentConsumer}). */
@ConfigMapping(prefix = "zvh.inbox")
public interface InboxConfig {

    /** First wait after a passing failure; doubles per failed attempt up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("5s")
    Duration maxBackoff();
}
