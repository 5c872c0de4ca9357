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
 * Opens a radicalisation case under person-oriented approach (PGA) when the CTER team hands a person over
 * (CterApproachHandedOver v1, owned by lifecourse-service). The case's source record is the CTER person
 * ({@code sourceTrackId}), so a repeated hand-over opens nothing new; the house's own process directors pick it up.
 * CoveCaCaseOpened (source CTER) tells the CTER team that the approach started.
 */
@ApplicationScoped
public class CterApproaches {
    static final String CONSUMER = "coveca-case-opening-cter";

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    CaseOpening opening;

    @Incoming("lifecourse-cter")
    @Blocking
    public void onCterEvent(ConsumerRecord<String, String> record) {
        idempotent.consume(CONSUMER, record, CterApproachHandedOver.V1, this::apply);
    }

    void apply(EventEnvelope envelope, CterApproachHandedOver e) {
        if (e.cterPersonId() == null || e.municipality() == null || e.person() == null) {
            throw new MalformedEventException("CterApproachHandedOver lacks cterPersonId, municipality or person");
        }
        String house = e.house() != null ? e.house() : envelope.house();
        opening.openOnEvent(
                new OpenCase(house, e.municipality(), Intensity.PGA, SubApproach.RADICALISATION, CaseSource.CTER, null,
                        e.cterPersonId(), Codes.dayOf(e.decidedAt()), null, List.of(e.person().asMain()), List.of()),
                CONSUMER);
    }
}
