package nl.zvh.reintegration.track;

/** The detainee's consent to check the basic conditions with partners. */
public enum Consent {
    GIVEN, REFUSED, NOT_ASKED
}
