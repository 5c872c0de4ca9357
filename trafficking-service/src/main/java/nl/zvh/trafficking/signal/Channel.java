package nl.zvh.trafficking.signal;

/**
 * How the signal reached the service: registered by the coordinator, posted by a partner system, from triage, or
 * imported from the house's previous system (history import).
 */
public enum Channel {
    COORDINATOR, PARTNER_API, TRIAGE, IMPORTED
}
