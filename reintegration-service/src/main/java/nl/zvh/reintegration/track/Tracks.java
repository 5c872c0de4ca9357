package nl.zvh.reintegration.track;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    static final int SEARCH_MAX = 100;
    private static final String OPEN_CONDITION = "(select c from TrackCondition c where c.track = t"
            + " and c.status in (nl.zvh.reintegration.track.ConditionStatus.UNKNOWN,"
            + " nl.zvh.reintegration.track.ConditionStatus.ACTION_NEEDED))";

    @Inject
    TrackScope scope;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Transactional
    public TrackView get(UUID id) {
        return view(scope.find(id, AuditAction.READ, "reintegration-follow-up"));
    }

    /** How many of the house's open tracks (not closed) match the filter. */
    @Transactional
    public long count(TrackFilter filter) {
        Map<String, Object> params = new HashMap<>();
        var query = em.createQuery("select count(t)" + where(filter, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * One page of the house's open tracks (not closed), filtered; the earliest release first, unknown release dates
     * last. Every track listed is audited as a search.
     */
    @Transactional
    public List<WorklistItem> search(TrackFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        var query = em.createQuery("select t" + where(filter, params)
                + " order by coalesce(t.actualReleaseDate, t.expectedReleaseDate) nulls last, t.createdAt, t.id",
                Track.class).setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(limit, SEARCH_MAX));
        params.forEach(query::setParameter);
        List<Track> found = query.getResultList();
        for (Track t : found) {
            audit.record(AuditAction.SEARCH, TrackScope.AUDIT_TYPE, t.id().toString(), t.personId().toString(),
                    "reintegration-tracks");
        }
        return found.stream().map(WorklistItem::of).toList();
    }

    private String where(TrackFilter filter, Map<String, Object> params) {
        StringBuilder jpql = new StringBuilder(
                " from Track t where t.house = :house and t.erasedAt is null and t.closedOn is null");
        params.put("house", scope.house());
        if (filter.municipality() != null) {
            jpql.append(" and t.municipality = :municipality");
            params.put("municipality", filter.municipality());
        }
        if (filter.source() != null) {
            jpql.append(" and t.source = :source");
            params.put("source", filter.source());
        }
        if (filter.releaseFrom() != null) {
            jpql.append(" and coalesce(t.actualReleaseDate, t.expectedReleaseDate) >= :releaseFrom");
            params.put("releaseFrom", filter.releaseFrom());
        }
        if (filter.releaseTo() != null) {
            jpql.append(" and coalesce(t.actualReleaseDate, t.expectedReleaseDate) <= :releaseTo");
            params.put("releaseTo", filter.releaseTo());
        }
        if (filter.status() != null) {
            jpql.append(switch (filter.status()) {
                case RELEASED -> " and t.actualReleaseDate is not null";
                case READY_FOR_RELEASE -> " and t.actualReleaseDate is null and not exists " + OPEN_CONDITION;
                case OPEN_CONDITIONS -> " and t.actualReleaseDate is null and exists " + OPEN_CONDITION;
                case CLOSED -> " and t.closedOn is not null";
            });
        }
        TrackQuery.of(filter.query()).appendTo(jpql, params);
        return jpql.toString();
    }

    /** The municipalities the caller's house serves (the list's filter). */
    public List<String> municipalities() {
        List<?> names = em.createNativeQuery("select name from municipality where house = ?1 order by name")
                .setParameter(1, scope.house()).getResultList();
        return names.stream().map(Object::toString).toList();
    }

    /** Closes the track with its reason: it leaves the lists. */
    @Transactional
    public TrackView close(UUID id, CloseReason reason, String note, LocalDate closedOn) {
        Track track = scope.find(id, AuditAction.UPDATE, "reintegration-closure");
        track.close(reason, note, closedOn, LocalDate.now());
        return view(track);
    }

    /**
     * The coordinator's worklist: running tracks (not released) with a release in the next 30 days or whose release
     * date is not known yet (opened by triage, or DJI sent none); open conditions first, then the earliest release,
     * unknown release dates last.
     */
    @Transactional
    public List<WorklistItem> worklist(LocalDate today) {
        List<Track> tracks = Track.<Track>list(
                "house = ?1 and erasedAt is null and closedOn is null and actualReleaseDate is null"
                        + " and (expectedReleaseDate is null"
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
        return view(track);
    }

    @Transactional
    public TrackView assignCoordinator(UUID id, String coordinator) {
        Track track = scope.find(id, AuditAction.UPDATE, "reintegration-coordination");
        track.assignCoordinator(coordinator);
        return view(track);
    }

    @Transactional
    public TrackView updateCondition(UUID id, ConditionType type, ConditionStatus status, String partner,
            String notes) {
        Track track = scope.find(id, AuditAction.UPDATE, "reintegration-basic-conditions");
        Instant now = Instant.now();
        track.recordCondition(type, status, partner, notes, now, scope.userName());
        new TrackConditionChange(track.id(), type, status, partner, notes, now, scope.displayName()).persist();
        return view(track);
    }

    private TrackView view(Track track) {
        return TrackView.of(track,
                TrackConditionChange.<TrackConditionChange>list("trackId = ?1 order by changedAt desc", track.id()));
    }

    /** Whether a track was already opened from this referral (triage decided it again under another event id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean openedFrom(UUID referralId) {
        return Track.count("sourceReferralId", referralId) > 0;
    }

    /**
     * Opens a track for the main person of a triage decision, in the consuming transaction; a referral opens at most
     * one track (empty when it already did).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Track> openFromTriage(String house, String municipality, UUID referralId, PersonIdentity person) {
        if (openedFrom(referralId)) {
            return Optional.empty();
        }
        Track track = Track.fromTriage(house, municipality, referralId, person);
        track.persist();
        return Optional.of(track);
    }

    /** The track of DJI's detention, if DJI started it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Track ofDetention(String detentionId) {
        return Track.<Track>find("djiDetentionId", detentionId).firstResult();
    }

    /** Of {@code detentionIds}, those a track of any house already carries (DJI's detention id or an imported number). */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Set<String> detentionIdsInUse(List<String> detentionIds) {
        if (detentionIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(
                em.createQuery("select t.djiDetentionId from Track t where t.djiDetentionId in ?1", String.class)
                        .setParameter(1, detentionIds).getResultList());
    }

    /** The municipalities of {@code house} (reference data), as spelled there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> municipalitiesOf(String house) {
        List<?> names = em.createNativeQuery("select name from municipality where house = ?1 order by name")
                .setParameter(1, house).getResultList();
        return names.stream().map(Object::toString).toList();
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
