package nl.zvh.platform.retention;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Follows {@link PersonDataErased} of the other services: this service erases its own copy of what the erased record
 * touched, in the erasure's house, idempotently, and never announces an erasure in answer (no ping-pong). A service
 * supplies only which of its records an erasure touches (its one {@link RecordErasure} erases them); its subclass
 * declares the channel:
 *
 * <pre>{@code
 * @Incoming("erasure-events") @Blocking
 * public void on(String json) { follow(json); }
 * }</pre>
 */
public abstract class ErasureFollower {
    @Inject
    protected IdempotentConsumer idempotent;

    @ConfigProperty(name = "quarkus.application.name")
    protected String self;

    @Inject
    Instance<RecordErasure> erasures;

    /** The consumer name in the consumed-event table: {@code coveca-erasure} for coveca-service. */
    protected String consumer() {
        return self.replaceFirst("-service$", "") + "-erasure";
    }

    /** Ids of this service's records in {@code house} that the erasure touches and that may be erased now. */
    protected abstract List<UUID> touchedBy(String house, PersonDataErased erased);

    /** How one of those records is erased: the service's one {@link RecordErasure}, unless it says otherwise. */
    protected RecordErasure erasure() {
        return erasures.get();
    }

    protected final void follow(String json) {
        idempotent.consume(consumer(), json, PersonDataErased.V1, (envelope, erased) -> {
            if (self.equals(erased.source())) {
                return;
            }
            Set<UUID> records = new LinkedHashSet<>(touchedBy(envelope.house(), erased));
            for (UUID id : records) {
                erasure().erase(id, erased.erasedAt());
            }
        });
    }
}
