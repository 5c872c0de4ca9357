package nl.zvh.lifecourse.candidates;

/** Why the life-course approach of a client ended. */
public enum ClosureReason {
    STABLE, MOVED, DETAINED, DECEASED, OTHER
}
