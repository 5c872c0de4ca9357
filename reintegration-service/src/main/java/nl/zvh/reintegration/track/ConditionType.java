package nl.zvh.reintegration.track;

/** The five basic conditions (basisvoorwaarden) for a good return. */
public enum ConditionType {
    /** geldig identiteitsbewijs */
    VALID_ID,
    /** onderdak direct na vrijlating */
    HOUSING,
    /** inkomen of dagbesteding */
    INCOME_OR_DAYTIME_ACTIVITY,
    /** inzicht in en aanpak van schulden */
    DEBTS,
    /** zorg: behoefte, indicatie, zorgverzekering */
    CARE
}
