package nl.zvh.reintegration.dji;

import java.time.Instant;

/** What DJI may read back: the processing status of its own notification, never track data. */
public record NotificationStatus(String notificationId, NotificationType type, ProcessingStatus status,
        Instant receivedAt, Instant processedAt) {
    static NotificationStatus of(DjiNotification n) {
        return new NotificationStatus(n.notificationId, n.type, n.status, n.receivedAt, n.processedAt);
    }
}
