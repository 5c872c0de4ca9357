package nl.zvh.trafficking.inbound;

import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.event.EventType;

/**
 * intake-service's reference data events (owned and documented by intake, topic {@value #TOPIC}) as trafficking reads
 * them: leniently, the fields its read models need.
 */
public final class IntakeReferenceData {
    static final String TOPIC = "zvh.intake.reference";

    private IntakeReferenceData() {
    }

    /** {@code MunicipalityChanged} v1. */
    public record MunicipalityChanged(UUID municipalityId, String house, String municipality, boolean active,
            int version, Instant changedAt) {
        static final EventType<MunicipalityChanged> V1 = EventType.of(TOPIC, "MunicipalityChanged", 1,
                MunicipalityChanged.class);
    }

    /** {@code PartnerOrganisationChanged} v1. */
    public record PartnerOrganisationChanged(UUID organisationId, String house, String organisation, String domain,
            boolean active, int version, Instant changedAt) {
        static final EventType<PartnerOrganisationChanged> V1 = EventType.of(TOPIC, "PartnerOrganisationChanged", 1,
                PartnerOrganisationChanged.class);
    }
}
