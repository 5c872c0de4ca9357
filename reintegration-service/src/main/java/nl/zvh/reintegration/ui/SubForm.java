package nl.zvh.reintegration.ui;

import java.util.List;
import java.util.Map;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;

/**
 * One of the track page's forms: what was typed (or nothing yet) under a key that makes its fields' ids unique on the
 * page ({@code bij-mayorNotifiedOn}, {@code assess-<id>-assessedOn}), and where it posts to (none: the form is not
 * offered, as on a closed track). Refusals are kept by field id, so the error summary links to the field.
 */
public record SubForm(String key, Form form, String action) {

    /** The form as sent, with what {@link Fields} refused moved under the fields' ids on the page. */
    static SubForm of(String key, Map<String, List<String>> typed, Fields read) {
        SubForm f = new SubForm(key, Form.of(typed), null);
        read.form().errors().forEach(e -> f.reject(e.field(), e.message()));
        return f;
    }

    public String id(String field) {
        return key + "-" + field;
    }

    public String value(String field) {
        return form.value(field);
    }

    public String error(String field) {
        return form.error(id(field));
    }

    public boolean hasErrors() {
        return form.hasErrors();
    }

    void reject(String field, String message) {
        form.reject(id(field), message);
    }
}
