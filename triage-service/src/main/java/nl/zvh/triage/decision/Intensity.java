package nl.zvh.triage.decision;

/** Intensity of a CoVeCa approach: maatwerk (intensive) or person-oriented (PGA, lighter). */
public enum Intensity {
    MAATWERK, PGA
}
