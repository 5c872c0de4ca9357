package nl.zvh.lifecourse.candidates;

/** Where a candidate stands: awaiting the inclusion table, or its last decision. */
public enum CandidateStatus {
    CANDIDATE, INCLUDED, NOT_INCLUDED, POSTPONED
}
