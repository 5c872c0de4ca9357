package nl.zvh.coveca.meeting;

/** Kind of network meeting: ketenberaad, casusoverleg, focusoverleg, or the closing meeting of a case. */
public enum MeetingKind {
    NETWORK_MEETING, CASE_CONSULTATION, FOCUS_MEETING, CLOSING_MEETING
}
