package nl.zvh.intake.reference;

import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.event.EventType;

/**
 * Events of the houses' reference data, owned by intake-service, on topic {@value #TOPIC} (documented in
 * src/main/asyncapi/asyncapi.yaml with samples). Each carries the whole current state of one entity and its version,
 * so a follower keeps the highest version it saw and may apply them in any order and any number of times. The Kafka
 * key is the entity id. No personal data.
 */
public final class ReferenceEvents {
    public static final String TOPIC = "zvh.intake.reference";
    /** MunicipalityChanged v1: added, renamed, deactivated, reactivated or restated (sample: MunicipalityChanged-v1). */
    public static final EventType<MunicipalityChanged> MUNICIPALITY_CHANGED_V1 = EventType.of(TOPIC,
            "MunicipalityChanged", 1, MunicipalityChanged.class);
    /** PartnerOrganisationChanged v1: the same for a partner organisation (sample: PartnerOrganisationChanged-v1). */
    public static final EventType<PartnerOrganisationChanged> PARTNER_ORGANISATION_CHANGED_V1 = EventType.of(TOPIC,
            "PartnerOrganisationChanged", 1, PartnerOrganisationChanged.class);

    private ReferenceEvents() {
    }

    /** A municipality of a house as it is now. */
    public record MunicipalityChanged(UUID municipalityId, String house, String municipality, boolean active,
            int version, Instant changedAt) {
    }

    /** A partner organisation of a house as it is now. */
    public record PartnerOrganisationChanged(UUID organisationId, String house, String organisation, Domain domain,
            boolean active, int version, Instant changedAt) {
    }
}
