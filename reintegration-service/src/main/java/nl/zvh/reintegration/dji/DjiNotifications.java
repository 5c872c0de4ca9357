package nl.zvh.reintegration.dji;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.changes.Changes;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.reintegration.reference.Municipalities;
import nl.zvh.reintegration.track.Track;
import nl.zvh.reintegration.track.TrackScope;
import nl.zvh.reintegration.track.Tracks;

/**
 * Receives DJI notifications: idempotent on DJI's notification id; a notification about a detention whose start has
 * not arrived yet is kept PENDING and applied (in order of receipt) when DETENTION_STARTED arrives. Everything is
 * checked before anything is written, so a rejected notification leaves no trace.
 */
@ApplicationScoped
public class DjiNotifications {

    /** Result of receiving: the status and whether the notification id had been received before. */
    public record Received(NotificationStatus status, boolean duplicate) {
    }

    @Inject
    CurrentUser user;

    @Inject
    DjiConfig config;

    @Inject
    Municipalities municipalities;

    @Inject
    AuditLog audit;

    @Inject
    Tracks tracks;

    @Inject
    Changes changes;

    @Transactional
    public Received receive(DjiNotificationInput in) {
        String sender = requireDji();
        DjiNotification existing = DjiNotification.findById(in.notificationId());
        if (existing != null) {
            if (!existing.senderOrganisation.equals(sender)) {
                throw ProblemException.conflict("notificationId " + in.notificationId() + " is already in use");
            }
            return new Received(NotificationStatus.of(existing), true);
        }
        NotificationRules.requireFieldsOf(in);
        DjiNotification notification = newNotification(in, sender);
        Track track = tracks.ofDetention(in.detentionId());
        if (in.type() == NotificationType.DETENTION_STARTED) {
            if (track != null) {
                throw ProblemException.invalid("detentionId", "this detention was already started by DJI");
            }
            start(in, notification);
        } else if (track == null) {
            notification.status = ProcessingStatus.PENDING; // kept until the detention's start arrives
        } else {
            NotificationRules.checkDatesAgainst(track.detentionDate(), notification, "");
            apply(track, notification);
        }
        notification.persist();
        return new Received(NotificationStatus.of(notification), false);
    }

    @Transactional
    public NotificationStatus status(String notificationId) {
        String sender = requireDji();
        return DjiNotification
                .<DjiNotification>find("notificationId = ?1 and senderOrganisation = ?2", notificationId, sender)
                .firstResultOptional().map(NotificationStatus::of)
                .orElseThrow(() -> ProblemException.notFound("notification " + notificationId));
    }

    private void start(DjiNotificationInput in, DjiNotification notification) {
        String house = municipalities.houseOf(in.municipality()).orElseThrow(() -> ProblemException
                .invalid("municipality", "is not a municipality of a house on this platform: " + in.municipality()));
        List<DjiNotification> pending = DjiNotification.list("djiDetentionId = ?1 and status = ?2 order by receivedAt",
                in.detentionId(), ProcessingStatus.PENDING);
        for (DjiNotification earlier : pending) {
            NotificationRules.checkDatesAgainst(in.detentionDate(), earlier,
                    " (pending notification " + earlier.notificationId + ")");
        }
        DjiNotificationInput.Detainee p = in.person();
        Track track = Track.fromDetention(
                house, in.municipality(), in.detentionId(), new PersonIdentity(UUID.randomUUID(), p.firstName(),
                        p.surnamePrefix(), p.lastName(), p.dateOfBirth(), p.bsn()),
                p.djiPersonNumber(), in.institution(), in.detentionDate(), in.expectedReleaseDate());
        track.persist();
        audit.record(AuditAction.CREATE, TrackScope.AUDIT_TYPE, track.id().toString(), track.personId().toString(),
                "dji-notification");
        apply(track, notification);
        for (DjiNotification earlier : pending) {
            apply(track, earlier); // reconciled: out-of-order notifications applied in order of receipt
        }
    }

    private void apply(Track track, DjiNotification n) {
        switch (n.type) {
            case RELEASE_DATE_CHANGED -> track.expectReleaseOn(n.expectedReleaseDate);
            case TRANSFERRED -> track.transferTo(n.institution);
            case RELEASED -> track.release(n.releaseDate);
            case DETENTION_STARTED -> {
            }
        }
        n.status = ProcessingStatus.PROCESSED;
        n.processedAt = Instant.now();
        n.trackId = track.id();
        // the prison service (national: no house) reads the processing in its changes feed (GET /api/changes)
        changes.record(null, n.senderOrganisation, "DjiNotificationProcessed", "dji-notification", n.notificationId,
                n.status.name());
        if (n.type != NotificationType.DETENTION_STARTED) {
            audit.record(AuditAction.UPDATE, TrackScope.AUDIT_TYPE, track.id().toString(), track.personId().toString(),
                    "dji-notification");
        }
    }

    private DjiNotification newNotification(DjiNotificationInput in, String sender) {
        DjiNotification n = new DjiNotification();
        n.notificationId = in.notificationId();
        n.senderOrganisation = sender;
        n.type = in.type();
        n.djiDetentionId = in.detentionId();
        n.institution = in.institution();
        n.expectedReleaseDate = in.expectedReleaseDate();
        n.releaseDate = in.releaseDate();
        n.transferDate = in.transferDate();
        n.receivedAt = Instant.now();
        return n;
    }

    private String requireDji() {
        String organisation = user.requireOrganisation();
        if (!organisation.equals(config.organisation())) {
            throw new ForbiddenException("only the prison service posts DJI notifications");
        }
        return organisation;
    }

    /** Today, for rules about dates in the future. */
    static LocalDate today() {
        return LocalDate.now();
    }
}
