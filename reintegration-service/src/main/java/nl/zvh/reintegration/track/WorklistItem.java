package nl.zvh.reintegration.track;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of the coordinator's lists: an upcoming release, or a running track whose release date is not known yet,
 * how many conditions are still open, how the track was opened and where it stands.
 */
public record WorklistItem(UUID trackId, String personName, LocalDate dateOfBirth, String municipality,
        String institution, LocalDate expectedReleaseDate, LocalDate actualReleaseDate, Consent consent,
        long openConditions, boolean readyForRelease, String coordinator, TrackSource source, TrackStatus status) {
    static WorklistItem of(Track t) {
        return new WorklistItem(t.id(), t.fullName(), t.person().dateOfBirth(), t.municipality(), t.institution(),
                t.expectedReleaseDate(), t.actualReleaseDate(), t.consent(), t.openConditions(), t.readyForRelease(),
                t.coordinator(), t.source(), t.status());
    }
}
