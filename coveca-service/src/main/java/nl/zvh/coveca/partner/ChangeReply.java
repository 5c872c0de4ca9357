package nl.zvh.coveca.partner;

/** How the process director answered a partner's change request. */
public enum ChangeReply {
    /** Accepted: the agreement's description, owner or due date changed. */
    CHANGED,
    /** Accepted: the agreement was dropped, with the note as its reason. */
    DROPPED,
    /** Declined, with a note why. */
    DECLINED
}
