package nl.zvh.reintegration.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.ui.form.Form;

/**
 * The forms of one track's page, each with where it posts to (under the track's page): empty ones, or the one refused
 * with what was typed and why. A closed track offers no forms, only the refused one keeps what was typed.
 */
public final class TrackForms {
    private static final Map<String, String> PATHS = Map.of("aftercare", "/aftercare", "bij", "/bij", "isd",
            "/isd-orders", "a18b", "/article18b", "escalation", "/escalations", "close", "/close");

    private final Map<String, SubForm> refused = new HashMap<>();
    private String base = "";
    private boolean closed;

    static TrackForms none() {
        return new TrackForms();
    }

    static TrackForms refused(SubForm form) {
        TrackForms forms = new TrackForms();
        forms.refused.put(form.key(), form);
        return forms;
    }

    /** The track page the forms post under (the gateway prefix, /ui/tracks/ and the track's id). */
    TrackForms under(String prefix, UUID trackId, boolean closed) {
        this.base = prefix + "/ui/tracks/" + trackId;
        this.closed = closed;
        return this;
    }

    /** A form of the page with a fixed key: aftercare, bij, isd, a18b, escalation, close. */
    public SubForm of(String key) {
        return form(key, PATHS.get(key));
    }

    /** The mayor's assessment of one BIJ item. */
    public SubForm assess(Object bijId) {
        return form("assess-" + bijId, "/bij/" + bijId + "/assessment");
    }

    /** The next phase of one ISD order. */
    public SubForm phase(Object orderId) {
        return form("phase-" + orderId, "/isd-orders/" + orderId + "/phases");
    }

    /** The answer to one article 18b request. */
    public SubForm answer(Object requestId) {
        return form("answer-" + requestId, "/article18b/" + requestId + "/answer");
    }

    private SubForm form(String key, String path) {
        SubForm typed = refused.get(key);
        if (typed == null) {
            return new SubForm(key, Form.empty(), closed ? null : base + path);
        }
        return new SubForm(key, typed.form(), base + path);
    }
}
