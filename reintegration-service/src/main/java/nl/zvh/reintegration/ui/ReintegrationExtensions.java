package nl.zvh.reintegration.ui;

import io.quarkus.qute.TemplateExtension;
import nl.zvh.reintegration.aftercare.AftercareView;
import nl.zvh.reintegration.track.TrackView;
import nl.zvh.reintegration.track.WorklistItem;

/**
 * The coordinator (and who recorded consent, a condition change or a contact) as the pages show it: the stored name, or nothing when only a login name was stored (tracks whose
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

    static String consentRecordedByName(TrackView track) {
        return shown(track.consentRecordedBy());
    }

    static String changedByName(TrackView.Change change) {
        return shown(change.changedBy());
    }

    static String recordedByName(AftercareView entry) {
        return shown(entry.recordedBy());
    }

    private static String shown(String coordinator) {
        return coordinator == null || coordinator.isBlank() || ReintegrationPages.isLoginName(coordinator)
                ? null
                : coordinator;
    }
}
