package nl.zvh.reintegration.track;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.retention.ExpiringRecords;

/**
 * Reading a track, the worklist, the coordinator's changes (consent, coordinator and basic conditions), and the
 * queries the consumers and the retention job need. The only place that queries tracks.
 */
@ApplicationScoped
public class Tracks {
    static final int WORKLIST_DAYS = 30;

    @Inject
    TrackScope scope;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Transactional
    public TrackView get(UUID id) {
        return TrackView.of(scope.find(id, AuditAction.READ, "reintegration-follow-up"));
    }

    /**
     * The coordinator's worklist: running tracks (not released) with a release in the next 30 days or whose release
     * date is not known yet (opened by triage, or DJI sent none); open conditions first, then the earliest release,
     * unknown release dates last.
     */
    @Transactional
    public List<WorklistItem> worklist(LocalDate today) {
        List<Track> tracks = Track.<Track>list(
                "house = ?1 and erasedAt is null and actualReleaseDate is null" + " and (expectedReleaseDate is null"
                        + " or (expectedReleaseDate >= ?2 and expectedReleaseDate <= ?3))",
                Sort.ascending("createdAt"), scope.house(), today, today.plusDays(WORKLIST_DAYS));
        for (Track t : tracks) {
            audit.record(AuditAction.SEARCH, TrackScope.AUDIT_TYPE, t.id().toString(), t.personId().toString(),
                    "reintegration-worklist");
        }
        return tracks.stream().sorted(Comparator.comparing(Track::readyForRelease)
                .thenComparing(Track::expectedReleaseDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(WorklistItem::of).toList();
    }

    @Transactional
    public TrackView recordConsent(UUID id, Consent consent, LocalDate date) {
        // scope first: a track out of the caller's scope is "not found" whatever the input
        Track track = scope.find(id, AuditAction.UPDATE, "reintegration-consent");
        track.recordConsent(consent, date, LocalDate.now(), scope.displayName());
        return TrackView.of(track);
    }

    @Transactional
    public TrackView assignCoordinator(UUID id, String coordinator) {
        Track track = scope.find(id, AuditAction.UPDATE, "reintegration-coordination");
        track.assignCoordinator(coordinator);
        return TrackView.of(track);
    }

    @Transactional
    public TrackView updateCondition(UUID id, ConditionType type, ConditionStatus status, String partner,
            String notes) {
        Track track = scope.find(id, AuditAction.UPDATE, "reintegration-basic-conditions");
        track.recordCondition(type, status, partner, notes, Instant.now(), scope.userName());
        return TrackView.of(track);
    }

    /** Whether a track was already opened from this referral (triage decided it again under another event id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean openedFrom(UUID referralId) {
        return Track.count("sourceReferralId", referralId) > 0;
    }

    /** Opens a track for the main person of a triage decision, in the consuming transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Track openFromTriage(String house, String municipality, UUID referralId, PersonIdentity person) {
        Track track = Track.fromTriage(house, municipality, referralId, person);
        track.persist();
        return track;
    }

    /** The track of DJI's detention, if DJI started it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Track ofDetention(String detentionId) {
        return Track.<Track>find("djiDetentionId", detentionId).firstResult();
    }

    /** Released, not yet erased tracks of the house opened from {@code referralId}: they follow its erasure. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> releasedFrom(UUID referralId, String house) {
        return em.createQuery("""
                select t.id from Track t where t.sourceReferralId = ?1 and t.house = ?2
                  and t.erasedAt is null and t.actualReleaseDate is not null""", UUID.class).setParameter(1, referralId)
                .setParameter(2, house).getResultList();
    }

    /** Tracks released before {@code releasedBefore}, not yet erased, over all houses. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ExpiringRecords.Expired> releasedBefore(LocalDate releasedBefore) {
        return em
                .createQuery("""
                        select t.id, t.house, t.sourceReferralId from Track t
                        where t.erasedAt is null and t.actualReleaseDate is not null and t.actualReleaseDate < ?1""",
                        Object[].class)
                .setParameter(1, releasedBefore).getResultList().stream()
                .map(r -> new ExpiringRecords.Expired((UUID) r[0], (String) r[1], (UUID) r[2])).toList();
    }

    /** The house's BSN holders' platform person ids (a person's access log). */
    public List<String> personRefs(String house, String bsn) {
        return em
                .createQuery("select t.person.personId from Track t where t.person.bsn = ?1 and t.house = ?2",
                        UUID.class)
                .setParameter(1, bsn).setParameter(2, house).getResultList().stream().map(UUID::toString).distinct()
                .toList();
    }
}
