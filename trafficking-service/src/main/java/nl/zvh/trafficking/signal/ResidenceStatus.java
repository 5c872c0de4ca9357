package nl.zvh.trafficking.signal;

/** Whether the residence status of the presumed victim matters for the care route (B8 procedure, reflection period). */
public enum ResidenceStatus {
    NOT_RELEVANT, RELEVANT, UNKNOWN
}
