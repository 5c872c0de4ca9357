package nl.zvh.intake.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An inbox message as the referrer's organisation reads it. */
public record NotificationView(UUID id, UUID referralId, String mainPersonName, NotificationKind kind,
        LocalDate agendaDate, String outcome, String programme, String advice, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
