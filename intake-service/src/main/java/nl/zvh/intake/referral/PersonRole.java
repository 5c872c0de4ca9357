package nl.zvh.intake.referral;

/** A person's place in the referral. */
public enum PersonRole {
    /** hoofdpersoon */
    MAIN,
    /** systeemlid: household or family member */
    SYSTEM_MEMBER
}
