package nl.zvh.coveca.plan;

/** Status of an agreement (afspraak); DROPPED needs a reason, OVERDUE is set by the overdue job. */
public enum AgreementStatus {
    OPEN, DONE, OVERDUE, DROPPED
}
