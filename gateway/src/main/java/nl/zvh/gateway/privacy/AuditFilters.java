package nl.zvh.gateway.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.gateway.subject.SubjectQuery;
import nl.zvh.platform.ui.form.Form;

/**
 * The audit search as the privacy officer typed it: the {@link Form} (values as typed, Dutch messages per field) and,
 * when nothing is wrong, the filters the services' {@code /api/audit} understands. The page's "to" date is inclusive;
 * the services' is exclusive, so a date is sent as the next day.
 */
final class AuditFilters {

    /** The audit actions a search can ask for (NEN 7513 action types, platform-commons' AuditAction). */
    static final List<String> ACTIONS = List.of("READ", "SEARCH", "CREATE", "UPDATE", "DELETE", "EXPORT",
            "BREAK_GLASS");

    private final Form form;
    private final Map<String, String> services = new LinkedHashMap<>();

    private AuditFilters(Map<String, String> typed, PrivacyMessages m) {
        form = Form.ofSingle(typed);
        String person = strip(typed.get("person"));
        String bsn = strip(typed.get("bsn"));
        if (person != null && !isUuid(person)) {
            form.reject("person", m.error_person());
        }
        if (bsn != null && !SubjectQuery.validBsn(bsn)) {
            form.reject("bsn", m.error_bsn());
        }
        LocalDate from = date(typed, "from", m);
        LocalDate to = date(typed, "to", m);
        if (from != null && to != null && to.isBefore(from)) {
            form.reject("to", m.error_period());
        }
        String action = strip(typed.get("action"));
        if (action != null && !ACTIONS.contains(action)) {
            form.reject("action", m.error_action());
        }
        services.put("person", person);
        services.put("bsn", bsn);
        services.put("user", strip(typed.get("user")));
        services.put("from", from == null ? null : from.toString());
        services.put("to", to == null ? null : to.plusDays(1).toString());
        services.put("action", action);
        services.put("breakGlass", "true".equals(typed.get("breakGlass")) ? "true" : null);
    }

    /** The overview's search: every filter optional. */
    static AuditFilters search(Map<String, String> typed, PrivacyMessages m) {
        return new AuditFilters(typed, m);
    }

    /** A person's access log: a person id or a BSN is needed. */
    static AuditFilters person(Map<String, String> typed, PrivacyMessages m) {
        Map<String, String> only = new LinkedHashMap<>();
        only.put("person", typed.get("person"));
        only.put("bsn", typed.get("bsn"));
        AuditFilters filters = new AuditFilters(only, m);
        if (filters.services.get("person") == null && filters.services.get("bsn") == null) {
            filters.form.reject("person", m.error_person_or_bsn());
        }
        return filters;
    }

    Form form() {
        return form;
    }

    boolean valid() {
        return !form.hasErrors();
    }

    /** What the services are asked (only meaningful when {@link #valid()}). */
    Map<String, String> services() {
        return services;
    }

    private LocalDate date(Map<String, String> typed, String field, PrivacyMessages m) {
        String value = strip(typed.get(field));
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            form.reject(field, m.error_date());
            return null;
        }
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
