package nl.zvh.intake.referral;

/** Relation of a system member to the main person. */
public enum Relation {
    PARTNER, EX_PARTNER, CHILD, PARENT, SIBLING, HOUSEHOLD_MEMBER, OTHER_FAMILY, OTHER
}
