package nl.zvh.trafficking.signal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A row of the coordinator's signals inbox. */
public record SignalSummary(UUID id, LocalDate receivedOn, SourceType sourceType, String sourceName, String victimName,
        Boolean minor, String municipality, Set<ExploitationType> exploitationTypes, Outcome outcome, UUID approachId) {
    static SignalSummary of(Signal s, UUID approachId) {
        return new SignalSummary(s.id, s.receivedOn, s.sourceType, s.sourceName, s.victim().displayName(), s.minor,
                s.municipality, Set.copyOf(s.exploitationTypes), s.outcome, approachId);
    }
}
