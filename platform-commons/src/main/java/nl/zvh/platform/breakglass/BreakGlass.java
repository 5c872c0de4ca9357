package nl.zvh.platform.breakglass;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Grants and checks emergency access. A service's scoped finder calls {@link #use(String, String)} when its normal
 * scope does not show a record: while the caller holds a valid grant for it, the record may be read, and every audit
 * entry of the request is marked break-glass. The request is audited per person with action BREAK_GLASS.
 */
@ApplicationScoped
public class BreakGlass {
    public static final String PURPOSE = "break-glass";
    /** The review list holds at least the grants of this last period. */
    public static final Duration REVIEW_WEEK = Duration.ofDays(7);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    BreakGlassConfig config;

    @Inject
    BreakGlassClock clock;

    @Inject
    BreakGlassAccess access;

    @Inject
    Instance<BreakGlassTarget> targets;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @Transactional
    public BreakGlassGrant request(BreakGlassRequest request) {
        BreakGlassTarget target = targets.stream().filter(t -> t.resourceType().equals(request.resourceType().strip()))
                .findFirst().orElseThrow(() -> ProblemException.invalid("resourceType",
                        "must be one of " + targets.stream().map(BreakGlassTarget::resourceType).sorted().toList()));
        if (target.requesterRoles().stream().noneMatch(user::hasRole)) {
            throw new io.quarkus.security.ForbiddenException(
                    "role may not request break-glass for " + target.resourceType());
        }
        String house = user.requireHouse();
        requireSubstance(request.reason());
        Instant now = clock.now();
        requireWithinDailyLimit(now);
        String resourceId = request.resourceId().strip();
        List<String> persons = target.persons(house, resourceId)
                .orElseThrow(() -> ProblemException.notFound(target.resourceType() + " " + resourceId));
        Optional<BreakGlassOwner> owner = target.owner(house, resourceId);
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                insert into break_glass_grant (id, resource_type, resource_id, person_refs, user_id, user_name,
                    organisation, house, roles, reason, granted_at, expires_at, user_display_name, owner_organisation,
                    owner_user_id, owner_user_name)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)""").setParameter(1, id)
                .setParameter(2, target.resourceType()).setParameter(3, resourceId)
                .setParameter(4, String.join(",", persons)).setParameter(5, user.id()).setParameter(6, user.name())
                .setParameter(7, user.organisation()).setParameter(8, house)
                .setParameter(9, String.join(",", user.roles())).setParameter(10, request.reason().strip())
                .setParameter(11, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(12, OffsetDateTime.ofInstant(now.plus(config.duration()), ZoneOffset.UTC))
                .setParameter(13, displayName()).setParameter(14, owner.map(BreakGlassOwner::organisation).orElse(null))
                .setParameter(15, owner.map(BreakGlassOwner::userId).orElse(null))
                .setParameter(16, owner.map(BreakGlassOwner::userName).orElse(null)).executeUpdate();
        access.use(id);
        if (persons.isEmpty()) {
            audit.record(AuditAction.BREAK_GLASS, target.resourceType(), resourceId, null, PURPOSE);
        }
        persons.forEach(ref -> audit.record(AuditAction.BREAK_GLASS, target.resourceType(), resourceId, ref, PURPOSE));
        return find(id).orElseThrow();
    }

    /** A reason of substance: at least {@code reasonMinWords} words of two letters or more ("x x x" is no reason). */
    private void requireSubstance(String reason) {
        long words = Arrays.stream(reason.strip().split("\\s+"))
                .filter(w -> w.codePoints().filter(Character::isLetter).count() >= 2).count();
        if (words < config.reasonMinWords()) {
            throw ProblemException.invalid("reason", "give the emergency in at least " + config.reasonMinWords()
                    + " words: what happened and why this record is needed now");
        }
    }

    private void requireWithinDailyLimit(Instant now) {
        Number taken = (Number) em
                .createNativeQuery("select count(*) from break_glass_grant where user_id = ?1 and granted_at > ?2")
                .setParameter(1, user.id())
                .setParameter(2, OffsetDateTime.ofInstant(now.minus(Duration.ofHours(24)), ZoneOffset.UTC))
                .getSingleResult();
        if (taken.intValue() >= config.dailyLimit()) {
            throw new ProblemException(
                    Problem.of(429, "Too Many Requests",
                            "the limit of " + config.dailyLimit()
                                    + " emergency grants in 24 hours is reached: ask the privacy officer of the house",
                            null));
        }
    }

    /**
     * The caller's valid grant for this record, if any; when present the request is marked as break-glass access so
     * the caller's audit entries carry the marker. Call only after the normal scope did not find the record.
     */
    public Optional<UUID> use(String resourceType, String resourceId) {
        if (user.isAnonymous() || user.house() == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                select cast(id as varchar) from break_glass_grant
                where user_id = ?1 and house = ?2 and resource_type = ?3 and resource_id = ?4 and expires_at > ?5
                order by expires_at desc limit 1""").setParameter(1, user.id()).setParameter(2, user.house())
                .setParameter(3, resourceType).setParameter(4, resourceId)
                .setParameter(5, OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC)).getResultList();
        Optional<UUID> grant = ids.stream().findFirst().map(id -> UUID.fromString(id.toString()));
        grant.ifPresent(access::use);
        return grant;
    }

    /**
     * Grants in a house, newest first (the privacy officer's report); with an organisation only the grants its own
     * users took (a partner organisation's privacy officer). {@code forReview}: the weekly review list, the grants of
     * the last {@link #REVIEW_WEEK} and older ones not yet reviewed.
     */
    public List<BreakGlassGrant> list(String house, String organisation, boolean activeOnly, boolean forReview,
            int limit) {
        String sql = SELECT + " where house = :house"
                + (organisation == null ? "" : " and organisation = :organisation")
                + (activeOnly ? " and expires_at > :now" : "")
                + (forReview ? " and (granted_at > :weekAgo or reviewed_at is null)" : "")
                + " order by granted_at desc limit " + limit;
        var query = em.createNativeQuery(sql).setParameter("house", house);
        if (organisation != null) {
            query.setParameter("organisation", organisation);
        }
        if (activeOnly) {
            query.setParameter("now", OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
        }
        if (forReview) {
            query.setParameter("weekAgo", GrantRows.utc(clock.now().minus(REVIEW_WEEK)));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(this::grant).toList();
    }

    /** The caller's own grants that are still valid. */
    public List<BreakGlassGrant> mine() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery(SELECT + " where user_id = ?1 and expires_at > ?2 order by granted_at desc")
                .setParameter(1, user.id()).setParameter(2, OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(this::grant).toList();
    }

    Optional<BreakGlassGrant> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " where id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(this::grant);
    }

    private static final String SELECT = GrantRows.SELECT;

    private BreakGlassGrant grant(Object[] r) {
        return GrantRows.grant(r, clock.now());
    }

    /** The caller's name as people read it (token claim {@code name}), if any. */
    public String displayName() {
        Object name = identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt
                ? jwt.getClaim("name")
                : null;
        String text = name == null ? "" : name.toString();
        if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isBlank() ? null : text;
    }
}
