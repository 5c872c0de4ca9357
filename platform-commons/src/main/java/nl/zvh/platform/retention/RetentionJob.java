package nl.zvh.platform.retention;

import java.time.Instant;

/**
 * A service's retention rules: erase (delete or anonymise) what expired at {@code now}, publishing one
 * {@link PersonDataErased} per erased record through {@link ErasureEvents}. Called by {@link RetentionRunner} inside
 * its transaction, holding the cluster-wide lock.
 */
public interface RetentionJob {
    /** @return the number of records erased */
    int eraseExpired(Instant now);
}
