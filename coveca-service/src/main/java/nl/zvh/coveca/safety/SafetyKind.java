package nl.zvh.coveca.safety;

/** What a safety note warns about. */
public enum SafetyKind {
    THREAT, WEAPON, DOG, DO_NOT_VISIT_ALONE, OTHER
}
