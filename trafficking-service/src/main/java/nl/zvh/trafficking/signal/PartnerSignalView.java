package nl.zvh.trafficking.signal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a partner system sees of a signal it posted: its own data back and whether the coordinator has taken it up
 * ("received" or "assessed"); never the outcome, the care route or the coordinator's notes.
 */
public record PartnerSignalView(UUID id, String externalReference, LocalDate receivedOn, SourceType sourceType,
        String municipality, Set<ExploitationType> exploitationTypes, SignalView.PersonView presumedVictim,
        String status) {
    static PartnerSignalView of(Signal s) {
        return new PartnerSignalView(s.id, s.externalReference, s.receivedOn, s.sourceType, s.municipality,
                Set.copyOf(s.exploitationTypes), SignalView.PersonView.of(s.victim()),
                s.outcome == null ? "RECEIVED" : "ASSESSED");
    }
}
