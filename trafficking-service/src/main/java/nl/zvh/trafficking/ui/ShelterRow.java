package nl.zvh.trafficking.ui;

import java.util.List;
import java.util.Locale;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.trafficking.approach.ApproachView;
import nl.zvh.trafficking.approach.ShelterStatus;

/**
 * A shelter request and what its answer form shows: empty, or what was typed when the save was refused. A request
 * still asked takes the shelter's answer (placed, or refused with the reason); a placement takes the move out.
 */
public record ShelterRow(ApproachView.Shelter request, Form form, Locale locale) {
    public String key() {
        return request.id().toString();
    }

    public String statusId() {
        return "status-" + key();
    }

    public String reasonId() {
        return "refusalReason-" + key();
    }

    public String confirmId() {
        return "confirm-" + key();
    }

    public boolean asked() {
        return request.status() == ShelterStatus.ASKED;
    }

    /** Whether the request still takes a step: an answer, or the move out of the shelter. */
    public boolean open() {
        return asked() || request.status() == ShelterStatus.PLACED;
    }

    /** The steps the request can take now. */
    public List<Option> answers() {
        return asked()
                ? Option.of(locale, ShelterStatus.PLACED, ShelterStatus.REFUSED)
                : Option.of(locale, ShelterStatus.LEFT);
    }
}
