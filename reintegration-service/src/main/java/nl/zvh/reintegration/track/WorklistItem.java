package nl.zvh.reintegration.track;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of the coordinator's worklist: an upcoming release, or a running track whose release date is not known yet,
 * and how many conditions are still open.
 */
public record WorklistItem(UUID trackId, String personName, LocalDate dateOfBirth, String municipality,
        String institution, LocalDate expectedReleaseDate, Consent consent, long openConditions,
        boolean readyForRelease, String coordinator) {
    static WorklistItem of(Track t) {
        return new WorklistItem(t.id(), t.fullName(), t.person().dateOfBirth(), t.municipality(), t.institution(),
                t.expectedReleaseDate(), t.consent(), t.openConditions(), t.readyForRelease(), t.coordinator());
    }
}
