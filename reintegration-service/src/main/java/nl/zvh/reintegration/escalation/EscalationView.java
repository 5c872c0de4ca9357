package nl.zvh.reintegration.escalation;

import java.time.Instant;
import java.util.UUID;

/** An escalation as the coordinator sees it, with the CoVeCa case once linked. */
public record EscalationView(UUID id, UUID trackId, String reason, String riskSummary, Instant escalatedAt,
        String escalatedBy, Escalation.Status status, UUID covecaCaseId, Instant linkedAt) {
    static EscalationView of(Escalation e) {
        return new EscalationView(e.id, e.trackId, e.reason, e.riskSummary, e.escalatedAt, e.escalatedBy, e.status,
                e.covecaCaseId, e.linkedAt);
    }
}
