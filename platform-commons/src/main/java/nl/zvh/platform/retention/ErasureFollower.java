package nl.zvh.platform.retention;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.event.MalformedEventException;
import nl.zvh.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@link PersonDataErased} of the other services in every service (channel {@code erasure-events} on the
 * other services' erasure topics, consumer {@code <service>-erasure}): the service's one {@link RecordErasure} says
 * which of its records the erasure touches in the erasure's house and erases them, idempotently; an erasure never
 * answers with an erasure (no ping-pong).
 * <p>
 * The sender is the owner of the topic, which only that service's broker principal may write: an erasure whose payload
 * names another source is refused to the dead-letter topic, never applied, so no service can erase another's records.
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
    public void on(ConsumerRecord<String, String> record) {
        String owner = PersonDataErased.ownerOf(record.topic()).orElseThrow(() -> new MalformedEventException(
                "PersonDataErased on " + record.topic() + ", which is no service's erasure topic"));
        if (self.equals(owner)) {
            return;
        }
        idempotent.consume(consumer(), record, PersonDataErased.v1(owner), (envelope, erased) -> {
            if (!owner.equals(erased.source())) {
                throw new MalformedEventException("PersonDataErased " + envelope.id() + " on " + record.topic()
                        + " names " + erased.source() + " as its source; only " + owner + " erases there");
            }
            Set<UUID> records = new LinkedHashSet<>(erasure.touchedBy(envelope.house(), erased));
            for (UUID id : records) {
                erasure.erase(id, erased.erasedAt());
            }
        });
    }
}
