package nl.zvh.triage.check;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The check reminders an organisation of a house received (written by {@link CheckReminders}); no personal data. */
@ApplicationScoped
public class Notifications {

    /** One notification. */
    public record Notification(long id, String kind, UUID checkId, UUID referralId, String message, Instant createdAt) {
    }

    @Inject
    EntityManager em;

    /** The latest 100 notifications for {@code organisation} in {@code house}, newest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Notification> latest(String house, String organisation) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, kind, check_id, referral_id, message, created_at from triage_notification
                where house = ?1 and organisation = ?2 order by created_at desc, id desc limit 100""")
                .setParameter(1, house).setParameter(2, organisation).getResultList();
        return rows.stream().map(r -> new Notification(((Number) r[0]).longValue(), (String) r[1], (UUID) r[2],
                (UUID) r[3], (String) r[4], r[5] instanceof Instant i ? i : ((OffsetDateTime) r[5]).toInstant()))
                .toList();
    }
}
