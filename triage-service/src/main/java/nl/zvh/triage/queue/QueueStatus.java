package nl.zvh.triage.queue;

/** Where a referral stands in triage. */
public enum QueueStatus {
    /** Received, not yet decided (untriaged). */
    WAITING,
    /** The table decided. */
    DECIDED, WITHDRAWN
}
