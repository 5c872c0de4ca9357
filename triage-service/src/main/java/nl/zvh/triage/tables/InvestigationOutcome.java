package nl.zvh.triage.tables;

/**
 * How the municipality's Wvggz exploratory investigation ended: an application for a care authorisation filed with
 * the public prosecutor, voluntary care arranged, or no further action.
 */
public enum InvestigationOutcome {
    APPLICATION_TO_PROSECUTOR, VOLUNTARY_CARE, NO_FURTHER_ACTION
}
