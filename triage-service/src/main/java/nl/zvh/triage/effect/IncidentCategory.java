package nl.zvh.triage.effect;

/**
 * What a partner counts: the police's nuisance reports about the person (E33/E38/E41-type incident codes) and Veilig
 * Thuis' reports of domestic violence.
 */
public enum IncidentCategory {
    NUISANCE_REPORTS, DOMESTIC_VIOLENCE_REPORTS
}
