package nl.zvh.lifecourse.ui;

import java.util.Locale;

/** The notice a client's file shows after a save (the redirect's {@code notice}); an unknown code shows nothing. */
final class ClientNotices {
    private ClientNotices() {
    }

    static String text(String notice, Locale locale) {
        FormMessages msg = Bundles.form(locale);
        return switch (notice == null ? "" : notice) {
            case "contact" -> msg.contactAdded();
            case "incident" -> msg.incidentAdded();
            case "network" -> msg.networkAdded();
            case "goal" -> msg.goalAdded();
            case "safety-note" -> msg.safetyNoteAdded();
            case "closed" -> msg.closedNotice();
            case "case-manager" -> msg.caseManagerAssigned();
            case "scores" -> msg.scoresRecorded();
            default -> null;
        };
    }
}
