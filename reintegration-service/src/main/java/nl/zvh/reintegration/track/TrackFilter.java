package nl.zvh.reintegration.track;

import java.time.LocalDate;

/**
 * What the coordinator filters the house's open tracks on; every part optional. {@code query} is a name (every word
 * must occur), a date of birth, a BSN or DJI's prison number.
 */
public record TrackFilter(String municipality, TrackStatus status, LocalDate releaseFrom, LocalDate releaseTo,
        TrackSource source, String query) {
}
