package nl.zvh.reintegration.dji;

import java.time.LocalDate;
import nl.zvh.platform.problem.ProblemException;

/** Per-type required fields and date rules of DJI notifications (400 problems naming the field). */
final class NotificationRules {

    private NotificationRules() {
    }

    static void requireFieldsOf(DjiNotificationInput in) {
        switch (in.type()) {
            case DETENTION_STARTED -> {
                require(in.person(), "person");
                require(in.institution(), "institution");
                require(in.detentionDate(), "detentionDate");
                require(in.municipality(), "municipality");
                if (in.detentionDate().isAfter(DjiNotifications.today())) {
                    throw ProblemException.invalid("detentionDate", "may not be in the future");
                }
                if (in.expectedReleaseDate() != null && in.expectedReleaseDate().isBefore(in.detentionDate())) {
                    throw ProblemException.invalid("expectedReleaseDate", "is before the detention date");
                }
            }
            case RELEASE_DATE_CHANGED -> require(in.expectedReleaseDate(), "expectedReleaseDate");
            case TRANSFERRED -> require(in.institution(), "institution");
            case RELEASED -> {
                require(in.releaseDate(), "releaseDate");
                if (in.releaseDate().isAfter(DjiNotifications.today())) {
                    throw ProblemException.invalid("releaseDate", "may not be in the future");
                }
            }
        }
    }

    /** A release (expected or actual) or transfer may not precede the detention's start. */
    static void checkDatesAgainst(LocalDate detentionDate, DjiNotification n, String context) {
        if (detentionDate == null) {
            return;
        }
        if (n.releaseDate != null && n.releaseDate.isBefore(detentionDate)) {
            throw ProblemException.invalid(context.isEmpty() ? "releaseDate" : "detentionDate",
                    "release date " + n.releaseDate + " is before detention date " + detentionDate + context);
        }
        if (n.expectedReleaseDate != null && n.type == NotificationType.RELEASE_DATE_CHANGED
                && n.expectedReleaseDate.isBefore(detentionDate)) {
            throw ProblemException.invalid(context.isEmpty() ? "expectedReleaseDate" : "detentionDate",
                    "expected release date " + n.expectedReleaseDate + " is before detention date " + detentionDate
                            + context);
        }
        if (n.transferDate != null && n.transferDate.isBefore(detentionDate)) {
            throw ProblemException.invalid(context.isEmpty() ? "transferDate" : "detentionDate",
                    "transfer date " + n.transferDate + " is before detention date " + detentionDate + context);
        }
    }

    private static void require(Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw ProblemException.invalid(field, "is required for this notification type");
        }
    }
}
