package nl.zvh.platform.breakglass;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.audit.AuditResource;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Oversight of break-glass (issue 23): the privacy officer's review of a grant (audited: who, when, verdict, note) and
 * the notice to the record's owner on the record's page.
 */
@ApplicationScoped
public class BreakGlassReviews {
    /** The owner is told of grants on the record taken within this period. */
    public static final Duration NOTICE_PERIOD = Duration.ofDays(30);
    /** The longest review note. */
    static final int NOTE_MAX = 2000;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    BreakGlassClock clock;

    @Inject
    BreakGlass breakGlass;

    /**
     * Records the privacy officer's review of a grant within the officer's scope (house; a partner's officer: its own
     * users' grants): 404 outside it (before the body is looked at: nothing revealed), a problem naming the field on a
     * bad verdict or note, 409 when already reviewed.
     */
    @Transactional
    public BreakGlassGrant review(UUID id, String house, String organisation, BreakGlassReview review) {
        BreakGlassGrant grant = breakGlass.find(id)
                .filter(g -> g.house().equals(house) && (organisation == null || organisation.equals(g.organisation())))
                .orElseThrow(() -> ProblemException.notFound("break-glass grant " + id));
        BreakGlassVerdict verdict = verdict(review == null ? null : review.verdict());
        String note = review == null || review.note() == null || review.note().isBlank() ? null : review.note().strip();
        if (verdict == BreakGlassVerdict.NOT_JUSTIFIED && note == null) {
            throw ProblemException.invalid("note", "say why the emergency access was not justified");
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw ProblemException.invalid("note", "at most " + NOTE_MAX + " characters");
        }
        if (grant.reviewed()) {
            throw ProblemException.conflict("break-glass grant " + id + " was already reviewed");
        }
        int updated = em.createNativeQuery("""
                update break_glass_grant set reviewed_at = ?2, reviewer_id = ?3, reviewer_name = ?4,
                    review_verdict = ?5, review_note = ?6
                where id = ?1 and reviewed_at is null""").setParameter(1, id)
                .setParameter(2, GrantRows.utc(clock.now())).setParameter(3, user.id())
                .setParameter(4, java.util.Objects.requireNonNullElse(breakGlass.displayName(), user.name()))
                .setParameter(5, verdict.name()).setParameter(6, note).executeUpdate();
        if (updated == 0) {
            throw ProblemException.conflict("break-glass grant " + id + " was already reviewed");
        }
        if (grant.personRefs().isEmpty()) {
            audit.record(AuditAction.UPDATE, "break-glass-grant", id.toString(), null, AuditResource.PURPOSE);
        }
        grant.personRefs().forEach(ref -> audit.record(AuditAction.UPDATE, "break-glass-grant", id.toString(), ref,
                AuditResource.PURPOSE));
        return breakGlass.find(id).orElseThrow();
    }

    /**
     * The grants on this record of the last {@link #NOTICE_PERIOD} of which the caller is the owner (the service's
     * {@link BreakGlassTarget#owner}), newest first: shown on the record's page.
     */
    @Transactional
    public List<BreakGlassGrant> noticesForOwner(String resourceType, String resourceId) {
        if (user.isAnonymous() || user.house() == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(GrantRows.SELECT + " " + """
                where house = ?1 and resource_type = ?2 and resource_id = ?3 and granted_at > ?4
                  and (owner_organisation is not null or owner_user_id is not null or owner_user_name is not null)
                  and (owner_organisation is null or lower(owner_organisation) = lower(?5))
                  and (owner_user_id is null or owner_user_id = ?6)
                  and (owner_user_name is null or owner_user_name = ?7)
                order by granted_at desc limit 20""").setParameter(1, user.house()).setParameter(2, resourceType)
                .setParameter(3, resourceId).setParameter(4, GrantRows.utc(clock.now().minus(NOTICE_PERIOD)))
                .setParameter(5, String.valueOf(user.organisation())).setParameter(6, user.id())
                .setParameter(7, user.name()).getResultList();
        Instant now = clock.now();
        return rows.stream().map(r -> GrantRows.grant(r, now)).toList();
    }

    private static BreakGlassVerdict verdict(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid("verdict", "choose JUSTIFIED or NOT_JUSTIFIED");
        }
        try {
            return BreakGlassVerdict.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("verdict", "choose JUSTIFIED or NOT_JUSTIFIED");
        }
    }
}
