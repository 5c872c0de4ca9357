package nl.zvh.intake.referral;

/** Gender as registered by the referrer. */
public enum Gender {
    FEMALE, MALE, OTHER, UNKNOWN
}
