package nl.zvh.coveca.escalation;

/** The four AVE escalation levels, lowest first: case, process, management, administrative. */
public enum AveLevel {
    CASE, PROCESS, MANAGEMENT, ADMINISTRATIVE
}
