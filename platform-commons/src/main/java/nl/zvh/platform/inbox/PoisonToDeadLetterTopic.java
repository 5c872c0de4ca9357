package nl.zvh.platform.inbox;

import io.quarkus.arc.Unremovable;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailStop;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;
import nl.zvh.platform.failure.DatabaseFailures;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The platform's failure strategy for incoming channels ({@code failure-strategy=poison-to-dead-letter-topic}): an
 * event that cannot be applied because of the event itself (malformed, a lasting error) goes to the channel's
 * dead-letter topic with its reason, and the partition moves on; an event that failed only because of a passing
 * failure ({@link EventNotAppliedYet}, a database that is away) is never dead-lettered: its offset stays uncommitted,
 * the channel stops, and the event is delivered again after the restart. SmallRye's plain {@code dead-letter-queue}
 * cannot tell the two apart, so a database restart at the wrong moment sent good events to the dead-letter topic
 * (found by {@code DatabaseRestartUnderLoadIT}). {@link IdempotentConsumer} retries passing failures itself; this is
 * the net for what escapes it (the service stopping while the database is away).
 */
@ApplicationScoped
@Identifier(PoisonToDeadLetterTopic.STRATEGY)
@Unremovable
public class PoisonToDeadLetterTopic implements KafkaFailureHandler.Factory {
    public static final String STRATEGY = "poison-to-dead-letter-topic";

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetterTopic;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler dead = deadLetterTopic.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler stop = new KafkaFailStop(config.getChannel(), reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return passing(reason) ? stop.handle(record, reason, metadata) : dead.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                dead.terminate();
            }
        };
    }

    /** A failure that says nothing about the event: it must be delivered again, not dead-lettered. */
    static boolean passing(Throwable reason) {
        for (Throwable t = reason; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EventNotAppliedYet) {
                return true;
            }
        }
        return DatabaseFailures.retryable(reason);
    }
}
