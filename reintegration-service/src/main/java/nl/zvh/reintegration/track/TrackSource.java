package nl.zvh.reintegration.track;

/**
 * What opened the track: a DJI detention notification, a triage decision, or the house's previous system (a detention
 * taken over by the history import).
 */
public enum TrackSource {
    DJI, TRIAGE, IMPORTED
}
