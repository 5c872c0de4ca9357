package nl.zvh.triage.decision;

/** The programme an approach starts in. */
public enum Programme {
    /** Complex safety cases under process direction. */
    COVECA,
    /** Care coordination for victims of human trafficking. */
    TRAFFICKING,
    /** Proposal for the life-course inclusion table. */
    LIFECOURSE,
    /** CTER weighing team (radicalisation). */
    CTER,
    /** Re-integration of (ex-)detainees. */
    REINTEGRATION
}
