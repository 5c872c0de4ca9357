package nl.zvh.reintegration.track;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.ProblemException;

/** Reading a track, the worklist, and the coordinator's changes: consent, coordinator and basic conditions. */
@ApplicationScoped
public class Tracks {
    static final int WORKLIST_DAYS = 30;

    @Inject
    TrackScope scope;
    @Inject
    AuditLog audit;

    @Transactional
    public TrackView get(UUID id) {
        return TrackView.of(scope.find(id, AuditAction.READ, "reintegration-follow-up"));
    }

    /** Releases in the next 30 days (not yet released), open conditions first, then the earliest release. */
    @Transactional
    public List<WorklistItem> worklist(LocalDate today) {
        List<Track> tracks = Track.<Track>list("house = ?1 and erasedAt is null and actualReleaseDate is null"
                        + " and expectedReleaseDate >= ?2 and expectedReleaseDate <= ?3",
                Sort.ascending("expectedReleaseDate"), scope.house(), today, today.plusDays(WORKLIST_DAYS));
        for (Track t : tracks) {
            audit.record(AuditAction.SEARCH, TrackScope.AUDIT_TYPE, t.id.toString(), t.personId.toString(),
                    "reintegration-worklist");
        }
        return tracks.stream()
                .sorted(Comparator.comparing((Track t) -> t.readyForRelease())
                        .thenComparing(t -> t.expectedReleaseDate))
                .map(WorklistItem::of).toList();
    }

    @Transactional
    public TrackView recordConsent(UUID id, Consent consent, LocalDate date) {
        // scope first: a track out of the caller's scope is "not found" whatever the input
        Track track = scope.find(id, AuditAction.UPDATE, "reintegration-consent");
        if (consent != Consent.NOT_ASKED && date == null) {
            throw ProblemException.invalid("date", "is required when consent was given or refused");
        }
        if (date != null && date.isAfter(LocalDate.now())) {
            throw ProblemException.invalid("date", "may not be in the future");
        }
        track.consent = consent;
        track.consentDate = consent == Consent.NOT_ASKED ? null : date;
        if (track.coordinator == null) {
            track.coordinator = scope.displayName();
        }
        return TrackView.of(track);
    }

    @Transactional
    public TrackView assignCoordinator(UUID id, String coordinator) {
        Track track = scope.find(id, AuditAction.UPDATE, "reintegration-coordination");
        track.coordinator = coordinator;
        return TrackView.of(track);
    }

    /**
     * Records a basic condition. Partners are only asked about the person with their consent, so anything beyond
     * UNKNOWN needs consent GIVEN.
     */
    @Transactional
    public TrackView updateCondition(UUID id, ConditionType type, ConditionStatus status, String partner,
                                     String notes) {
        Track track = scope.find(id, AuditAction.UPDATE, "reintegration-basic-conditions");
        if (track.consent != Consent.GIVEN && status != ConditionStatus.UNKNOWN) {
            throw ProblemException.invalid("status",
                    "basic conditions can only be checked with the person's consent (consent is " + track.consent + ")");
        }
        TrackCondition condition = track.condition(type);
        condition.status = status;
        condition.responsiblePartner = partner;
        condition.notes = notes;
        condition.updatedAt = Instant.now();
        condition.updatedBy = scope.userName();
        return TrackView.of(track);
    }
}
