package nl.zvh.platform.breakglass;

/** The privacy officer's verdict on an emergency grant. */
public enum BreakGlassVerdict {
    /** Gerechtvaardigd. */
    JUSTIFIED,
    /** Niet gerechtvaardigd: needs a note. */
    NOT_JUSTIFIED
}
