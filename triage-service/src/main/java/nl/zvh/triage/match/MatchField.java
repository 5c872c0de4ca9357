package nl.zvh.triage.match;

/** A field in which a person of a referral agrees with the person of the earlier referral: the match's evidence. */
public enum MatchField {
    BSN, FULL_NAME, LAST_NAME, DATE_OF_BIRTH
}
