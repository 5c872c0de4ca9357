package nl.zvh.reintegration.aftercare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.reintegration.track.Track;
import nl.zvh.reintegration.track.TrackScope;

/**
 * The first phase after release: contact moments and signals on a track of the caller's house. A contact moment may
 * be planned ahead; a signal is something that happened, so never in the future; neither lies before the detention.
 */
@ApplicationScoped
public class Aftercare {

    @Inject
    TrackScope scope;

    @Transactional
    public AftercareView record(UUID trackId, AftercareEntry.Kind kind, LocalDate occurredOn, String partner,
            String summary) {
        Track track = scope.find(trackId, AuditAction.UPDATE, "reintegration-aftercare");
        if (kind == AftercareEntry.Kind.SIGNAL && occurredOn.isAfter(LocalDate.now())) {
            throw ProblemException.invalid("occurredOn", "a signal may not lie in the future");
        }
        if (track.detentionDate() != null && occurredOn.isBefore(track.detentionDate())) {
            throw ProblemException.invalid("occurredOn", "is before the detention date " + track.detentionDate());
        }
        AftercareEntry e = new AftercareEntry();
        e.id = UUID.randomUUID();
        e.trackId = track.id();
        e.kind = kind;
        e.occurredOn = occurredOn;
        e.partner = partner;
        e.summary = summary;
        e.recordedBy = scope.displayName();
        e.recordedAt = Instant.now();
        e.persist();
        return AftercareView.of(e);
    }

    /** The track's contact moments and signals, the latest first. */
    @Transactional
    public List<AftercareView> of(UUID trackId) {
        Track track = scope.find(trackId, AuditAction.READ, "reintegration-aftercare");
        return AftercareEntry.<AftercareEntry>list("trackId = ?1 order by occurredOn desc, recordedAt desc", track.id())
                .stream().map(AftercareView::of).toList();
    }
}
