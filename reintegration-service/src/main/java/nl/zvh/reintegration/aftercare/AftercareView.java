package nl.zvh.reintegration.aftercare;

import java.time.LocalDate;
import java.util.UUID;

/** A contact moment or signal as the coordinator reads it (recorded by the name people read). */
public record AftercareView(UUID id, AftercareEntry.Kind kind, LocalDate occurredOn, String partner, String summary,
        String recordedBy) {
    static AftercareView of(AftercareEntry e) {
        return new AftercareView(e.id, e.kind, e.occurredOn, e.partner, e.summary, e.recordedBy);
    }
}
