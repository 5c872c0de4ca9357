package nl.zvh.intake.referral;

/**
 * Lifecycle of a referral: draft → submitted → on agenda → decided → closed; or withdrawn before triage. The
 * transitions are {@link Referral}'s.
 */
public enum ReferralStatus {
    DRAFT, SUBMITTED, ON_AGENDA, DECIDED, CLOSED, WITHDRAWN;

    /** Files may be attached until the referral is withdrawn or closed. */
    public boolean acceptsAttachments() {
        return this != WITHDRAWN && this != CLOSED;
    }
}
