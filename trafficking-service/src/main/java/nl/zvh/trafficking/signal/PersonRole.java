package nl.zvh.trafficking.signal;

/** Role of a person in a signal: the presumed victim, or another person involved. */
public enum PersonRole {
    PRESUMED_VICTIM, PRESUMED_EXPLOITER, RECRUITER, FAMILY_MEMBER, OTHER
}
