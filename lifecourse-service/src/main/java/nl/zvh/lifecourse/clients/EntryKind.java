package nl.zvh.lifecourse.clients;

/** What a client entry records. */
public enum EntryKind {
    PLAN_GOAL, CONTACT, INCIDENT, REVIEW, NETWORK
}
