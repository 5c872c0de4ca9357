package nl.zvh.lifecourse.candidates;

/** Where a candidate stands: awaiting the inclusion table, its last decision, or a client whose approach ended. */
public enum CandidateStatus {
    CANDIDATE, INCLUDED, NOT_INCLUDED, POSTPONED, CLOSED
}
