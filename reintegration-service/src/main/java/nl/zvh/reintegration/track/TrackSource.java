package nl.zvh.reintegration.track;

/** What opened the track: a DJI detention notification or a triage decision. */
public enum TrackSource {
    DJI, TRIAGE
}
