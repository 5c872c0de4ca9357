package nl.zvh.reintegration.escalation;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.event.EventCodec;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Links escalations to the CoVeCa case process direction opened or linked for them ({@code CoveCaCaseOpened} v1 with
 * {@code sourceTrackId}; owned by coveca-service). Other CoVeCa events and cases without a source track are ignored.
 */
@ApplicationScoped
public class CoveCaEventsConsumer {
    static final String CONSUMER = "reintegration-escalation-link";

    /** CoveCaCaseOpened v1 as re-integration reads it (lenient: other fields ignored). */
    public record CoveCaCaseOpened(UUID caseId, String house, UUID sourceTrackId, Instant openedAt) {
    }

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    EventCodec codec;

    @Incoming("coveca-events")
    @Blocking
    public void onCoveCaEvent(String json) {
        idempotent.consume(CONSUMER, json, Set.of("CoveCaCaseOpened"), this::apply);
    }

    void apply(EventEnvelope envelope) {
        if (!"CoveCaCaseOpened".equals(envelope.type())) {
            return;
        }
        CoveCaCaseOpened event = codec.payload(envelope, CoveCaCaseOpened.class);
        if (event.sourceTrackId() == null) {
            return;
        }
        Escalation.<Escalation>list("trackId = ?1 and house = ?2 and status = ?3", event.sourceTrackId(),
                event.house(), Escalation.Status.ESCALATED).forEach(e -> {
                    e.status = Escalation.Status.LINKED;
                    e.covecaCaseId = event.caseId();
                    e.linkedAt = event.openedAt() == null ? Instant.now() : event.openedAt();
                });
    }
}
