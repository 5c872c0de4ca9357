package nl.zvh.triage.decision;

/** Sub-approach of a CoVeCa approach. */
public enum SubApproach {
    REGULAR, MDA_PLUS_PLUS, GROUP, YOUTH, HIGH_IMPACT_CRIME
}
