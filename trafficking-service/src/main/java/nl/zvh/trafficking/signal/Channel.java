package nl.zvh.trafficking.signal;

/** How the signal reached the service: registered by the coordinator, posted by a partner system, or from triage. */
public enum Channel {
    COORDINATOR, PARTNER_API, TRIAGE
}
