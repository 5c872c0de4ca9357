package nl.zvh.reintegration.inbound;

import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.event.EventType;

/**
 * {@code CoveCaCaseOpened} v1 (owned and documented by coveca-service) as re-integration reads it: leniently, only the
 * fields it needs to link an escalation to the case.
 */
public record CoveCaCaseOpened(UUID caseId, String house, UUID sourceTrackId, Instant openedAt) {
    public static final EventType<CoveCaCaseOpened> V1 = EventType.of("zvh.coveca.case", "CoveCaCaseOpened", 1,
            CoveCaCaseOpened.class);
}
