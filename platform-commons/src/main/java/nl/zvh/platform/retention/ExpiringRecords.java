package nl.zvh.platform.retention;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A service's retention rule for one kind of record: the service says which records expired at {@code now} and how
 * one is erased; each is erased and announced with one {@link PersonDataErased}, in the runner's transaction.
 */
public abstract class ExpiringRecords implements RetentionJob {
    @Inject
    protected ErasureEvents events;

    @Inject
    Instance<RecordErasure> erasures;

    private final String recordType;

    /** @param recordType what expires, as named in {@code PersonDataErased.recordType}, e.g. {@code coveca-case} */
    protected ExpiringRecords(String recordType) {
        this.recordType = recordType;
    }

    /** The records whose term expired at {@code now}, over all houses. */
    protected abstract List<Expired> expired(Instant now);

    /** How one record is erased: the service's one {@link RecordErasure}, unless it says otherwise. */
    protected RecordErasure erasure() {
        return erasures.get();
    }

    /** One expired record, with the referral it came from (null when none, e.g. a DJI-notified track). */
    public record Expired(UUID id, String house, UUID referralId) {
        /** Rows of {@code select id, house[, referral id]}. */
        public static List<Expired> of(List<Object[]> rows) {
            return rows.stream().map(r -> new Expired((UUID) r[0], (String) r[1], r.length > 2 ? (UUID) r[2] : null))
                    .toList();
        }
    }

    @Override
    public final int eraseExpired(Instant now) {
        List<Expired> expired = expired(now);
        for (Expired record : expired) {
            List<UUID> persons = erasure().erase(record.id(), now);
            events.erased(record.house(), recordType, record.id(),
                    record.referralId() == null ? List.of() : List.of(record.referralId()), persons, now);
        }
        return expired.size();
    }
}
