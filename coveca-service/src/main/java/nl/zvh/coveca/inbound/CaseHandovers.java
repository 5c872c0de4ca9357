package nl.zvh.coveca.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.zvh.coveca.handover.HandoverEvents;
import nl.zvh.coveca.handover.Handovers;
import nl.zvh.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Handovers between houses through coveca's own topic ({@value HandoverEvents#TOPIC}): CaseHandoverRequested becomes
 * the receiving house's incoming request; CaseHandoverAccepted closes the sending house's case (moved out of the
 * region, the receiving municipality); CaseHandoverDeclined leaves it open with the reason. Each at most once (one
 * consumer name per event type); the topic's other types are skipped.
 */
@ApplicationScoped
public class CaseHandovers {
    static final String RECEIVING = "coveca-case-handover-received";
    static final String ANSWERED = "coveca-case-handover-answered";

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    Handovers handovers;

    @Incoming("coveca-handover")
    @Blocking
    public void onHandoverEvent(ConsumerRecord<String, String> record) {
        idempotent.consume(RECEIVING, record, HandoverEvents.REQUESTED_V1,
                (envelope, e) -> handovers.received(envelope, e, RECEIVING));
        idempotent.consume(ANSWERED, record, HandoverEvents.ACCEPTED_V1,
                (envelope, e) -> handovers.accepted(e, ANSWERED));
        idempotent.consume(ANSWERED, record, HandoverEvents.DECLINED_V1,
                (envelope, e) -> handovers.declined(e, ANSWERED));
    }
}
