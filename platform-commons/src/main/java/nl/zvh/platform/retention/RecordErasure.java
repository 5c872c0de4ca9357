package nl.zvh.platform.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A service's one way to erase its records: erases (anonymises or deletes) one record and what hangs on it, in the
 * caller's transaction, and says which of its records another service's erasure touches ({@link ErasureFollower}
 * erases those).
 */
public interface RecordErasure {
    /** @return the platform person ids of the persons whose data was erased */
    List<UUID> erase(UUID recordId, Instant at);

    /** Ids of this service's records in {@code house} that {@code erased} touches and that may be erased now. */
    List<UUID> touchedBy(String house, PersonDataErased erased);
}
