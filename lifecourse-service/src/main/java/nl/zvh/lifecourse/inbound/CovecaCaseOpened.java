package nl.zvh.lifecourse.inbound;

import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.platform.event.EventType;

/**
 * CoveCaCaseOpened v1 as lifecourse reads it (leniently: only the fields it needs). Owned and documented by
 * coveca-service on its case topic; for a case opened from a CTER hand-over, {@code sourceTrackId} is the CTER person.
 */
public record CovecaCaseOpened(UUID caseId, String house, String source, UUID sourceTrackId, LocalDate startDate) {
    static final String FROM_CTER = "CTER";

    /** The event on CoVeCa's case topic; the topic's other types are not read. */
    public static final EventType<CovecaCaseOpened> V1 = EventType.of("zvh.coveca.case", "CoveCaCaseOpened", 1,
            CovecaCaseOpened.class);
}
