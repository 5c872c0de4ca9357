package nl.zvh.trafficking.approach;

/** Status of an agreement with a partner (same model as the other programmes); dropped needs a reason. */
public enum AgreementStatus {
    OPEN, DONE, OVERDUE, DROPPED
}
