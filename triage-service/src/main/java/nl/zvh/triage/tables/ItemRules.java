package nl.zvh.triage.tables;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.zvh.platform.problem.Problem.FieldError;
import nl.zvh.triage.tables.TableRequests.NewItem;

/**
 * The rules of an item, per table kind, the same for the API, the form and a CSV row: each broken rule is a field
 * error named like the JSON field. I28: the police report's number, the municipality and a short summary; prolific
 * offenders: named, born, 18 or older on the list's date, with the OM's status; LPCO and youth aftercare: a named
 * youth under 23 (aftercare: of the table's municipality); AWARE: a named victim.
 */
final class ItemRules {
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 2000;

    private ItemRules() {
    }

    static List<FieldError> check(HouseTable table, NewItem in, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        TableKind kind = table.kind;
        text(errors, "externalRef", in.externalRef(), 60, kind == TableKind.I28);
        LocalDate received = date(errors, "receivedOn", in.receivedOn(), false);
        if (received != null && received.isAfter(today)) {
            errors.add(new FieldError("receivedOn", "must not be in the future"));
        }
        text(errors, "firstName", in.firstName(), MAX_NAME, false);
        text(errors, "lastName", in.lastName(), MAX_NAME, kind != TableKind.I28);
        LocalDate born = date(errors, "birthDate", in.birthDate(),
                kind.item() == ItemKind.YOUTH || kind == TableKind.PROLIFIC_OFFENDERS);
        LocalDate on = received == null ? today : received;
        if (born != null && born.isAfter(on)) {
            errors.add(new FieldError("birthDate", "must be in the past"));
        } else if (born != null && kind == TableKind.PROLIFIC_OFFENDERS && Period.between(born, on).getYears() < 18) {
            errors.add(new FieldError("birthDate", "a prolific offender is 18 or older"));
        } else if (born != null && kind.item() == ItemKind.YOUTH && Period.between(born, on).getYears() >= 23) {
            errors.add(new FieldError("birthDate", "this table discusses young people under 23"));
        }
        text(errors, "municipality", in.municipality(), MAX_NAME, true);
        if (kind == TableKind.YOUTH_AFTERCARE && table.municipality != null && !blank(in.municipality())
                && !table.municipality.equalsIgnoreCase(in.municipality().strip())) {
            errors.add(new FieldError("municipality", "must be the table's municipality, " + table.municipality));
        }
        text(errors, "district", in.district(), MAX_NAME, false);
        if (kind == TableKind.PROLIFIC_OFFENDERS) {
            if (blank(in.category())) {
                errors.add(new FieldError("category", "is required"));
            } else if (category(in.category()) == null) {
                errors.add(new FieldError("category", "must be PROLIFIC or VERY_ACTIVE"));
            }
        }
        text(errors, "summary", in.summary(), MAX_TEXT, kind == TableKind.I28);
        List<String> related = in.relatedPersons() == null ? List.of() : in.relatedPersons();
        if (related.size() > 12 || related.stream().anyMatch(p -> p != null && p.length() > 200)) {
            errors.add(new FieldError("relatedPersons", "at most 12 persons of at most 200 characters"));
        }
        return errors;
    }

    static ItemCategory category(String value) {
        try {
            return value == null ? null : ItemCategory.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate date(List<FieldError> errors, String field, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date (yyyy-mm-dd)"));
            return null;
        }
    }

    static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
