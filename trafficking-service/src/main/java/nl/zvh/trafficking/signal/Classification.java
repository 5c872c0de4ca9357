package nl.zvh.trafficking.signal;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The coordinator's (re)classification of a signal, e.g. after a triage signal arrived as OTHER_UNCLEAR. */
public record Classification(@NotEmpty @Size(max = 6) Set<@NotNull ExploitationType> exploitationTypes,
        ExploitationType primaryExploitationType, @NotNull SourceType sourceType, @Size(max = 200) String sourceName) {
}
