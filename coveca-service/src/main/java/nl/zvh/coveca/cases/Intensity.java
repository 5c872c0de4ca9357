package nl.zvh.coveca.cases;

/** Intensity of the approach: maatwerk (intensive) or PGA (person-oriented, lighter). */
public enum Intensity {
    MAATWERK, PGA
}
