package nl.zvh.triage.queue;

/** Where a referral stands in triage. */
public enum QueueStatus {
    WAITING, WITHDRAWN
}
