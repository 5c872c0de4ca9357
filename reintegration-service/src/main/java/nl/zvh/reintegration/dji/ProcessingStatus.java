package nl.zvh.reintegration.dji;

/** PROCESSED: applied to the detention's track; PENDING: kept until the detention's DETENTION_STARTED arrives. */
public enum ProcessingStatus {
    PROCESSED, PENDING
}
