package nl.zvh.reintegration.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.reintegration.track.ConditionType;
import nl.zvh.reintegration.track.TrackView;

/** One basic condition of the checklist and what its form shows: the saved values, or what was typed. */
public record ConditionRow(TrackView.ConditionView condition, Form form) {
    public String key() {
        return condition.condition().name();
    }

    public String statusId() {
        return "status-" + key();
    }

    public String partnerId() {
        return "responsiblePartner-" + key();
    }

    public String notesId() {
        return "notes-" + key();
    }

    /** The row of a condition before the track is read: only its field ids. */
    static ConditionRow ids(ConditionType condition, Form form) {
        return new ConditionRow(new TrackView.ConditionView(condition, null, null, null, null, null, List.of()), form);
    }

    static ConditionRow saved(TrackView.ConditionView c) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", c.status().name());
        values.put("responsiblePartner", c.responsiblePartner());
        values.put("notes", c.notes());
        return new ConditionRow(c, Form.ofSingle(values));
    }
}
