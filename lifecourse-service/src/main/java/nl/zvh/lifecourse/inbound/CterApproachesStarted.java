package nl.zvh.lifecourse.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.zvh.lifecourse.cter.CterPersons;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Tells the CTER team that the approach it handed over started: CoVeCa opened a case from the hand-over
 * (CoveCaCaseOpened v1 with source CTER, owned by coveca-service). Cases from other sources, and a case for a CTER
 * person this house does not hold, change nothing.
 */
@ApplicationScoped
public class CterApproachesStarted {
    static final String CONSUMER = "lifecourse-cter-approach-started";

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    CterPersons persons;

    @Incoming("coveca-cases")
    @Blocking
    public void onCaseEvent(ConsumerRecord<String, String> record) {
        idempotent.consume(CONSUMER, record, CovecaCaseOpened.V1, this::apply);
    }

    void apply(EventEnvelope envelope, CovecaCaseOpened e) {
        if (!CovecaCaseOpened.FROM_CTER.equals(e.source()) || e.sourceTrackId() == null) {
            return;
        }
        String house = e.house() != null ? e.house() : envelope.house();
        persons.approachStarted(house, e.sourceTrackId(), e.caseId(), e.startDate());
    }
}
