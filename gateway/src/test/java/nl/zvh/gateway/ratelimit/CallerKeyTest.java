package nl.zvh.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CallerKeyTest {

    @Test
    void personsPartnerSystemsAndAnonymousCallersHaveTheirOwnKeys() {
        assertEquals("user:5f1c", CallerKey.of("politie-referrer", "5f1c", "zvh-gateway", "10.0.0.1").key());
        assertEquals("client:police-zwb-system",
                CallerKey.of("service-account-police-zwb-system", "9a", "police-zwb-system", "10.0.0.1").key());
        assertEquals("ip:10.0.0.9", CallerKey.of(null, null, null, "10.0.0.9").key());
    }

    @Test
    void windowTurnsAndOldCountersAreDropped() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(clock, Duration.ofSeconds(10));
        assertEquals(0, limiter.acquire("a", 1));
        clock.now = clock.now.plusSeconds(4);
        assertEquals(6, limiter.acquire("a", 1), "seconds until this window ends");
        clock.now = clock.now.plusSeconds(6);
        assertEquals(0, limiter.acquire("b", 1));
        assertEquals(1, limiter.size(), "the ended window's counter of 'a' is gone");
        assertEquals(0, limiter.acquire("a", 1));
    }

    @Test
    void sizesAreReadable() {
        assertEquals("100 MiB", RequestSize.describe(100L * 1024 * 1024));
        assertEquals("1 KiB", RequestSize.describe(1024));
        assertEquals("1500 bytes", RequestSize.describe(1500));
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
