package nl.zvh.trafficking.approach;

/** A coordinated approach runs until the coordinator closes it. */
public enum ApproachStatus {
    OPEN, CLOSED
}
