package nl.zvh.coveca.cases;

/** Where a case came from. */
public enum CaseSource {
    TRIAGE, REINTEGRATION, CTER, MANUAL
}
