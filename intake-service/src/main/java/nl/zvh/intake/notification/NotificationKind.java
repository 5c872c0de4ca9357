package nl.zvh.intake.notification;

/** What the referrer is told. */
public enum NotificationKind {
    /** the referral is on the agenda of a triage session (geagendeerd) */
    ON_AGENDA,
    /** the triage table decided: approach started, advice, or no action */
    DECIDED
}
