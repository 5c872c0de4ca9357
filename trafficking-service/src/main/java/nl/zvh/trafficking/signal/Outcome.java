package nl.zvh.trafficking.signal;

/** What the coordinator decided on a signal: advice/consultation only, or a coordinated approach (procesregie). */
public enum Outcome {
    ADVICE, COORDINATED_APPROACH
}
