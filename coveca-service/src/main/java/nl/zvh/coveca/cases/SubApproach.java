package nl.zvh.coveca.cases;

/** Sub-approach: regular complex multi-problem, MDA++ (domestic violence), group approach, youth, high-impact crime, radicalisation (person-oriented follow-up of a CTER weighing). */
public enum SubApproach {
    REGULAR, MDA_PLUS_PLUS, GROUP, YOUTH, HIGH_IMPACT_CRIME, RADICALISATION
}
