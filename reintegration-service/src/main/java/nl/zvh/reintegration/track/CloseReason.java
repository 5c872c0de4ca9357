package nl.zvh.reintegration.track;

/** Why a track was closed. */
public enum CloseReason {
    COMPLETED, NO_CONSENT, MOVED_TO_OTHER_HOUSE, TAKEN_OVER, DECEASED, OTHER
}
