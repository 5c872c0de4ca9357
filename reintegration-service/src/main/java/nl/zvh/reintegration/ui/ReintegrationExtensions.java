package nl.zvh.reintegration.ui;

import io.quarkus.qute.TemplateExtension;
import nl.zvh.reintegration.track.TrackView;
import nl.zvh.reintegration.track.WorklistItem;

/**
 * The coordinator as the pages show it: the stored name, or nothing when only a login name was stored (tracks whose
 * consent was recorded before names were kept); the template then says so in words.
 */
@TemplateExtension
final class ReintegrationExtensions {
    private ReintegrationExtensions() {
    }

    static String coordinatorName(WorklistItem item) {
        return shown(item.coordinator());
    }

    static String coordinatorName(TrackView track) {
        return shown(track.coordinator());
    }

    /** First name, surname prefix and last name, as the track page's heading reads them. */
    static String fullName(TrackView.Person person) {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {person.firstName(), person.surnamePrefix(), person.lastName()}) {
            if (part != null && !part.isBlank()) {
                name.append(name.isEmpty() ? "" : " ").append(part.trim());
            }
        }
        return name.toString();
    }

    private static String shown(String coordinator) {
        return coordinator == null || coordinator.isBlank() || ReintegrationPages.isLoginName(coordinator) ? null
                : coordinator;
    }
}
