package nl.zvh.coveca.cases;

/** Lifecycle of a case; CLOSURE_REQUESTED waits for the second person's approval (four-eyes houses). */
public enum CaseStatus {
    OPEN, CLOSURE_REQUESTED, CLOSED
}
