package nl.zvh.platform.retention;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@link PersonDataErased} of the other services in every service (channel {@code erasure-events}, consumer
 * {@code <service>-erasure}): the service's one {@link RecordErasure} says which of its records the erasure touches
 * in the erasure's house and erases them, idempotently; an erasure never answers with an erasure (no ping-pong).
 */
@ApplicationScoped
public class ErasureFollower {
    @Inject
    IdempotentConsumer idempotent;

    @Inject
    RecordErasure erasure;

    @ConfigProperty(name = "quarkus.application.name")
    String self;

    /** The consumer name in the consumed-event table: {@code coveca-erasure} for coveca-service. */
    String consumer() {
        return self.replaceFirst("-service$", "") + "-erasure";
    }

    @Incoming("erasure-events")
    @Blocking
    public void on(String json) {
        idempotent.consume(consumer(), json, PersonDataErased.V1, (envelope, erased) -> {
            if (self.equals(erased.source())) {
                return;
            }
            Set<UUID> records = new LinkedHashSet<>(erasure.touchedBy(envelope.house(), erased));
            for (UUID id : records) {
                erasure.erase(id, erased.erasedAt());
            }
        });
    }
}
