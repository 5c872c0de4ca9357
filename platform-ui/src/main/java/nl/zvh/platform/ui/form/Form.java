package nl.zvh.platform.ui.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form as the person sent it: the values as typed (so a refused save loses nothing) and one message per field at
 * fault, in the order of the form. Templates read {@code form.value('name')}, {@code form.error('name')} and, for
 * the error summary, {@code form.errors}.
 */
public final class Form {

    /** One message of the error summary; {@code field} is the id of the input it links to. */
    public record FieldError(String field, String message) {
    }

    private final Map<String, List<String>> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private Form(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Form empty() {
        return new Form(Map.of());
    }

    /** The form's fields as sent (multi-valued, like check boxes). */
    public static Form of(Map<String, List<String>> values) {
        return new Form(values == null ? Map.of() : values);
    }

    /** A form with single values, e.g. an object being edited. */
    public static Form ofSingle(Map<String, String> values) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        values.forEach((k, v) -> multi.put(k, v == null ? List.of() : List.of(v)));
        return new Form(multi);
    }

    public String value(String field) {
        List<String> sent = values.get(field);
        return sent == null || sent.isEmpty() ? null : sent.get(0);
    }

    public List<String> values(String field) {
        List<String> sent = values.get(field);
        return sent == null ? List.of() : sent;
    }

    public boolean has(String field, String value) {
        return values(field).contains(value);
    }

    /** Records a message for a field; the first message per field wins. */
    public Form reject(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        List<FieldError> list = new ArrayList<>();
        errors.forEach((field, message) -> list.add(new FieldError(field, message)));
        return list;
    }
}
