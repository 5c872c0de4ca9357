package nl.zvh.reintegration.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.zvh.platform.inbox.IdempotentConsumer;
import nl.zvh.reintegration.inbound.IntakeReferenceData.MunicipalityChanged;
import nl.zvh.reintegration.inbound.IntakeReferenceData.PartnerOrganisationChanged;
import nl.zvh.reintegration.reference.ReferenceFollowing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows intake's municipalities and partner organisations ({@code MunicipalityChanged} and
 * {@code PartnerOrganisationChanged} v1) into the read models, once per event; a version this service does not read
 * goes to the dead-letter topic. The track list's municipalities change without a restart.
 */
@ApplicationScoped
public class ReferenceDataFollower {
    static final String CONSUMER = "reintegration-reference-data";

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    ReferenceFollowing following;

    @Incoming("reference-data")
    @Blocking
    public void onReferenceData(ConsumerRecord<String, String> record) {
        idempotent.consume(CONSUMER, record, MunicipalityChanged.V1, (envelope, m) -> following
                .municipality(m.municipalityId(), m.house(), m.municipality(), m.active(), m.version()));
        idempotent.consume(CONSUMER, record, PartnerOrganisationChanged.V1,
                (envelope, o) -> following.partnerOrganisation(o.organisationId(), o.house(), o.organisation(),
                        o.domain(), o.active(), o.version()));
    }
}
