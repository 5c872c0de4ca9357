package nl.zvh.triage.match;

/** The chair's verdict on a possible match. */
public enum MatchStatus {
    PENDING, CONFIRMED, REJECTED
}
