package nl.zvh.trafficking.signal;

/** Kind of organisation the signal came from (most come from the police unit AVIM). */
public enum SourceType {
    POLICE_AVIM, LABOUR_INSPECTORATE, MUNICIPALITY, CARE_PROVIDER, OTHER
}
