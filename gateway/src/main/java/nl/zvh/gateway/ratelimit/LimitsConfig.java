package nl.zvh.gateway.ratelimit;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Request limits at the gateway ({@code gateway-limits.*}; one gateway instance counts on its own). */
@ConfigMapping(prefix = "gateway-limits")
public interface LimitsConfig {

    /** Rate limits: at most so many requests per window, counted per key. */
    Rate rate();

    /** Largest request body accepted (Content-Length); larger answers 413 naming the limit. */
    @WithDefault("100M")
    MemorySize maxBodySize();

    interface Rate {
        /** Switch rate limiting off altogether (never in production). */
        @WithDefault("true")
        boolean enabled();

        /** Length of one counting window. */
        @WithDefault("60s")
        Duration window();

        /** Requests per window of one person (token subject, bearer or browser session alike). */
        @WithDefault("600")
        int perUser();

        /** Requests per window of one partner system (client credentials: its client id). */
        @WithDefault("1200")
        int perClient();

        /** Requests per window from one IP address without a login (public pages, health, the login redirect). */
        @WithDefault("300")
        int perAnonymousAddress();
    }
}
