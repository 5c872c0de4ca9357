package nl.zvh.intake.reference;

/** Domain of a partner organisation, as the houses report referrer domains. */
public enum Domain {
    /** straf */
    JUSTICE,
    /** zorg */
    CARE,
    /** bestuur */
    MUNICIPALITY,
    /** jeugd */
    YOUTH,
    /** wonen */
    HOUSING, OTHER
}
