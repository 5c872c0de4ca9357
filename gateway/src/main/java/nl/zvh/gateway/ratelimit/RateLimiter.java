package nl.zvh.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fixed-window counters per key, in memory. {@link #acquire} answers 0 when the request may pass, otherwise the
 * seconds until the key's window ends (for Retry-After). Counters of ended windows are dropped as windows turn, so
 * the map holds at most the keys seen in the current and the previous window.
 */
public final class RateLimiter {

    private record Window(long start, AtomicLong count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long windowMillis;
    private final AtomicLong lastSweep = new AtomicLong();

    public RateLimiter(Clock clock, Duration window) {
        this.clock = clock;
        this.windowMillis = Math.max(1, window.toMillis());
    }

    /** Counts one request of the key; 0 when it is within the limit, else the whole seconds to wait (at least 1). */
    public long acquire(String key, int limit) {
        long now = clock.millis();
        long start = now - Math.floorMod(now, windowMillis);
        sweep(start);
        Window w = windows.compute(key,
                (k, old) -> old == null || old.start() != start ? new Window(start, new AtomicLong()) : old);
        if (w.count().incrementAndGet() <= limit) {
            return 0;
        }
        long remaining = start + windowMillis - now;
        return Math.max(1, (remaining + 999) / 1000);
    }

    int size() {
        return windows.size();
    }

    private void sweep(long currentStart) {
        long last = lastSweep.get();
        if (last != currentStart && lastSweep.compareAndSet(last, currentStart)) {
            windows.values().removeIf(w -> w.start() < currentStart);
        }
    }
}
