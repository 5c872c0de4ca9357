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

    private static String shown(String coordinator) {
        return coordinator == null || coordinator.isBlank() || ReintegrationPages.isLoginName(coordinator)
                ? null
                : coordinator;
    }
}
