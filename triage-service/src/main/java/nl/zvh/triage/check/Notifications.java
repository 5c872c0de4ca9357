package nl.zvh.triage.check;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Notifications (check reminders) for the caller's organisation in its house; no personal data in them. */
@Path("/api/triage/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class Notifications {

    /** One notification. */
    public record Notification(long id, String kind, UUID checkId, UUID referralId, String message,
                               Instant createdAt) {
    }

    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;

    @GET
    @Transactional
    @RolesAllowed({"partner-system", "triage-member", "triage-chair"})
    @Operation(summary = "The latest 100 notifications for the caller's organisation")
    @SuppressWarnings("unchecked")
    public List<Notification> own() {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, kind, check_id, referral_id, message, created_at from triage_notification
                        where house = ?1 and organisation = ?2 order by created_at desc, id desc limit 100""")
                .setParameter(1, user.requireHouse()).setParameter(2, user.requireOrganisation()).getResultList();
        return rows.stream().map(r -> new Notification(((Number) r[0]).longValue(), (String) r[1], (UUID) r[2],
                (UUID) r[3], (String) r[4], r[5] instanceof Instant i ? i
                        : ((java.time.OffsetDateTime) r[5]).toInstant())).toList();
    }
}
