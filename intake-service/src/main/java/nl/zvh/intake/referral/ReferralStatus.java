package nl.zvh.intake.referral;

/** Lifecycle of a referral: draft → submitted → on agenda → decided → closed; or withdrawn before triage. */
public enum ReferralStatus {
    DRAFT, SUBMITTED, ON_AGENDA, DECIDED, CLOSED, WITHDRAWN
}
