package nl.zvh.reintegration.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.reintegration.track.Track;
import nl.zvh.reintegration.track.TrackScope;

/** Escalating a track to process direction: the escalation and its event commit together (outbox). */
@ApplicationScoped
public class Escalations {

    @Inject
    TrackScope scope;

    @Inject
    Outbox outbox;

    @Transactional
    public EscalationView escalate(UUID trackId, String reason, String riskSummary) {
        Track track = scope.find(trackId, AuditAction.UPDATE, "reintegration-escalation");
        Escalation e = new Escalation();
        e.id = UUID.randomUUID();
        e.trackId = track.id();
        e.house = track.house();
        e.municipality = track.municipality();
        e.reason = reason;
        e.riskSummary = riskSummary;
        e.escalatedAt = Instant.now();
        e.escalatedBy = scope.userName();
        e.status = Escalation.Status.ESCALATED;
        e.persist();
        outbox.publish(TrackEvents.ESCALATED_V1, track.id(), track.house(),
                new TrackEvents.ReintegrationEscalatedV1(e.id, track.id(), track.house(), track.municipality(), reason,
                        riskSummary, e.escalatedAt, TrackEvents.Person.of(track.person())));
        return EscalationView.of(e);
    }

    @Transactional
    public List<EscalationView> of(UUID trackId) {
        Track track = scope.find(trackId, AuditAction.READ, "reintegration-escalation");
        return Escalation.<Escalation>list("trackId = ?1 order by escalatedAt", track.id()).stream()
                .map(EscalationView::of).toList();
    }

    /**
     * CoVeCa opened or linked a case for a track of {@code house}: its escalations still waiting become LINKED to
     * that case (in the consuming transaction).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void linkToCase(UUID trackId, String house, UUID caseId, Instant linkedAt) {
        Escalation.<Escalation>list("trackId = ?1 and house = ?2 and status = ?3", trackId, house,
                Escalation.Status.ESCALATED).forEach(e -> {
                    e.status = Escalation.Status.LINKED;
                    e.covecaCaseId = caseId;
                    e.linkedAt = linkedAt;
                });
    }
}
