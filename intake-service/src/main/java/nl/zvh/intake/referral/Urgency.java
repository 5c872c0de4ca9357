package nl.zvh.intake.referral;

/** How soon the house should act. */
public enum Urgency {
    /** next regular triage session */
    NORMAL,
    /** first session, before other items */
    URGENT,
    /** acute safety risk: an extra session is considered */
    CRISIS
}
