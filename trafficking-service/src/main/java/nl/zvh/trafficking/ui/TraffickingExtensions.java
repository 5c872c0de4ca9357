package nl.zvh.trafficking.ui;

import io.quarkus.qute.TemplateExtension;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.zvh.trafficking.approach.ApproachView;
import nl.zvh.trafficking.approach.OpenShelterRequest;
import nl.zvh.trafficking.signal.ExploitationType;
import nl.zvh.trafficking.signal.SignalSummary;
import nl.zvh.trafficking.signal.SignalView;

/**
 * What the pages read beyond the views: exploitation types in a fixed order, and the victim's name only when it is
 * known (a signal may come in without one; the template then says "Naam onbekend").
 */
@TemplateExtension
final class TraffickingExtensions {
    /** How the signal's display name reads when no name part is known. */
    static final String NO_NAME = "?";

    private TraffickingExtensions() {
    }

    static List<ExploitationType> typesInOrder(SignalSummary signal) {
        return ordered(signal.exploitationTypes());
    }

    static List<ExploitationType> typesInOrder(ApproachView approach) {
        return ordered(approach.exploitationTypes());
    }

    static List<ExploitationType> typesInOrder(SignalView signal) {
        return ordered(signal.exploitationTypes());
    }

    static String knownName(SignalView.PersonView person) {
        return known(Stream.of(person.firstName(), person.surnamePrefix(), person.lastName())
                .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" ")));
    }

    static String knownName(SignalSummary signal) {
        return known(signal.victimName());
    }

    static String knownName(ApproachView.Victim victim) {
        return known(victim.name());
    }

    static String knownName(OpenShelterRequest request) {
        return known(request.victimName());
    }

    private static List<ExploitationType> ordered(Collection<ExploitationType> types) {
        return types == null ? List.of() : types.stream().sorted().toList();
    }

    private static String known(String name) {
        return name == null || name.isBlank() || NO_NAME.equals(name) ? null : name;
    }
}
