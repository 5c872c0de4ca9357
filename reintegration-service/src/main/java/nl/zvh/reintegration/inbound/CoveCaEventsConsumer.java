package nl.zvh.reintegration.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import nl.zvh.platform.inbox.IdempotentConsumer;
import nl.zvh.reintegration.escalation.Escalations;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Links escalations to the CoVeCa case process direction opened or linked for them ({@code CoveCaCaseOpened} v1 with
 * {@code sourceTrackId}). Other CoVeCa events and cases without a source track are ignored; a version this service
 * does not read goes to the dead-letter topic.
 */
@ApplicationScoped
public class CoveCaEventsConsumer {
    static final String CONSUMER = "reintegration-escalation-link";

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    Escalations escalations;

    @Incoming("coveca-events")
    @Blocking
    public void onCoveCaEvent(ConsumerRecord<String, String> record) {
        idempotent.consume(CONSUMER, record, CoveCaCaseOpened.V1, (envelope, opened) -> {
            if (opened.sourceTrackId() != null) {
                escalations.linkToCase(opened.sourceTrackId(), opened.house(), opened.caseId(),
                        opened.openedAt() == null ? Instant.now() : opened.openedAt());
            }
        });
    }
}
