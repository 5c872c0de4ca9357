package nl.zvh.reintegration.track;

/** Where a track stands (derived, never stored): the lists filter on it. */
public enum TrackStatus {
    OPEN_CONDITIONS, READY_FOR_RELEASE, RELEASED, CLOSED
}
