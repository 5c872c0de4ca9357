package nl.zvh.trafficking.signal;

import java.time.LocalDate;
import java.util.Set;
import nl.zvh.platform.problem.ProblemException;

/** Business rules on a signal's classification that Bean Validation cannot express. */
final class SignalRules {
    private SignalRules() {
    }

    /** The primary type: required when several types are given, and one of them; the only type otherwise. */
    static ExploitationType primary(Set<ExploitationType> types, ExploitationType primary) {
        if (primary == null) {
            if (types.size() > 1) {
                throw ProblemException.invalid("primaryExploitationType", "is required when several exploitation "
                        + "types are given (it decides the breakdown by primary type that adds up to 100 %)");
            }
            return types.iterator().next();
        }
        if (!types.contains(primary)) {
            throw ProblemException.invalid("primaryExploitationType", "must be one of the exploitation types");
        }
        return primary;
    }

    static void sourceName(SourceType type, String name) {
        if (type == SourceType.OTHER && (name == null || name.isBlank())) {
            throw ProblemException.invalid("sourceName", "is required when the source organisation is OTHER");
        }
    }

    static void dateOfBirth(LocalDate dateOfBirth, LocalDate receivedOn, String field) {
        if (dateOfBirth != null && dateOfBirth.isAfter(receivedOn)) {
            throw ProblemException.invalid(field, "lies after the date the signal was received");
        }
    }
}
