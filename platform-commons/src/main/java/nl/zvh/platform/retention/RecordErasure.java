package nl.zvh.platform.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Erases (anonymises or deletes) one record of a service and what hangs on it, in the caller's transaction. */
public interface RecordErasure {
    /** @return the platform person ids of the persons whose data was erased */
    List<UUID> erase(UUID recordId, Instant at);
}
