package nl.zvh.coveca.cases;

/**
 * Where a case came from; HANDOVER: another house handed it over (issue 25); IMPORTED: taken over from the house's
 * previous system (docs/history-import.md).
 */
public enum CaseSource {
    TRIAGE, REINTEGRATION, CTER, MANUAL, HANDOVER, IMPORTED
}
