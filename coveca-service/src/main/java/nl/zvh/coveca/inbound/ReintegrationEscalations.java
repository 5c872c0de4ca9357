package nl.zvh.coveca.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.zvh.coveca.cases.CaseOpening;
import nl.zvh.coveca.cases.CaseSource;
import nl.zvh.coveca.cases.Intensity;
import nl.zvh.coveca.cases.OpenCase;
import nl.zvh.coveca.cases.SubApproach;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.event.MalformedEventException;
import nl.zvh.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Opens a case when re-integration escalates a track to process direction (ReintegrationEscalated v1, owned by
 * reintegration-service): intensity MAATWERK, sub-approach REGULAR, no partner yet (the house's own process
 * directors pick it up). Other events on the track topic are ignored; another version goes to the dead-letter topic.
 */
@ApplicationScoped
public class ReintegrationEscalations {
    static final String CONSUMER = "coveca-case-opening-reintegration";

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    CaseOpening opening;

    @Incoming("reintegration-tracks")
    @Blocking
    public void onTrackEvent(ConsumerRecord<String, String> record) {
        idempotent.consume(CONSUMER, record, ReintegrationEscalated.V1, this::apply);
    }

    void apply(EventEnvelope envelope, ReintegrationEscalated e) {
        if (e.trackId() == null || e.municipality() == null || e.person() == null) {
            throw new MalformedEventException("ReintegrationEscalated lacks trackId, municipality or person");
        }
        String house = e.house() != null ? e.house() : envelope.house();
        opening.openOnEvent(
                new OpenCase(house, e.municipality(), Intensity.MAATWERK, SubApproach.REGULAR, CaseSource.REINTEGRATION,
                        null, e.trackId(), Codes.dayOf(e.escalatedAt()), null, List.of(e.person().asMain()), List.of()),
                CONSUMER);
    }
}
