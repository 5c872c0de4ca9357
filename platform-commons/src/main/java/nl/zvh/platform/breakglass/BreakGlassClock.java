package nl.zvh.platform.breakglass;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** The time that decides whether a grant is still valid (replaceable in tests to let grants expire). */
@ApplicationScoped
public class BreakGlassClock {
    private final Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }
}
