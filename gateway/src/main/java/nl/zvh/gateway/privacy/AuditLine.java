package nl.zvh.gateway.privacy;

import java.text.Collator;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One audit entry as the privacy officer reads it: codes as words, the moment as a date and time. Who did it is the
 * login name the service recorded (NEN 7513: the user must be identifiable), shown as such, with the person's name
 * when the service records it ({@code displayName}), organisation and role beside it. {@code system} marks automatic processing
 * ({@code system:<consumer>}). {@code marked}: done under an emergency access (not the emergency access itself).
 */
public record AuditLine(OffsetDateTime at, String service, String action, boolean breakGlass, boolean marked,
        String user, String displayName, boolean system, String organisation, String roles, String onBehalfOf,
        String personRef, String resource, String resourceId, String purpose, String outcome, boolean carriedOut,
        int times, OffsetDateTime since) {

    /** The columns the entries table sorts by (query parameter {@code sort}). */
    public static final String TIME = "time";

    static AuditLine of(AuditRow row, Locale locale) {
        String user = row.userName() == null ? "" : row.userName();
        boolean system = user.startsWith("system:");
        return new AuditLine(parse(row.occurredAt()), CodeLabels.service(row.service(), locale),
                CodeLabels.of("AuditAction", row.action(), locale), row.breakGlass(),
                row.breakGlass() && !"BREAK_GLASS".equals(row.action()),
                system ? user.substring("system:".length()) : user, blankToNull(row.userDisplayName()), system,
                nullToEmpty(row.organisation()), CodeLabels.roles(row.roles(), locale), row.onBehalfOf(),
                row.personRef(), CodeLabels.of("AuditResource", row.resourceType(), locale), row.resourceId(),
                CodeLabels.of("AuditPurpose", row.purpose(), locale),
                CodeLabels.of("AuditOutcome", row.outcome(), locale),
                row.outcome() == null || "SUCCESS".equals(row.outcome()), 1, null);
    }

    /**
     * A person's access log as a person reads it: the same access (same user, organisation, service, action, record,
     * purpose and outcome) repeated within {@code window} is one line saying how often and since when, so that one
     * colleague reading a file ten times in five minutes is one line, not ten. {@code newestFirst} is ordered by time,
     * newest first; lines without a time are never grouped.
     */
    static List<AuditLine> grouped(List<AuditLine> newestFirst, Duration window) {
        List<AuditLine> lines = new ArrayList<>();
        for (AuditLine line : newestFirst) {
            AuditLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && last.sameAccessAs(line) && !line.at.isBefore(last.earliest().minus(window))) {
                lines.set(lines.size() - 1, last.alsoAt(line.at));
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    private boolean sameAccessAs(AuditLine o) {
        return at != null && o.at != null && breakGlass == o.breakGlass
                && Objects.equals(List.of(service, action, user, organisation, resource, purpose, outcome),
                        List.of(o.service, o.action, o.user, o.organisation, o.resource, o.purpose, o.outcome))
                && Objects.equals(personRef, o.personRef) && Objects.equals(resourceId, o.resourceId)
                && Objects.equals(onBehalfOf, o.onBehalfOf);
    }

    private OffsetDateTime earliest() {
        return since == null ? at : since;
    }

    private AuditLine alsoAt(OffsetDateTime earlier) {
        return new AuditLine(at, service, action, breakGlass, marked, user, displayName, system, organisation, roles,
                onBehalfOf, personRef, resource, resourceId, purpose, outcome, carriedOut, times + 1, earlier);
    }

    /** A platform id shortened for the table (a UUID's first eight characters); the page keeps the full id. */
    public String shortPersonRef() {
        return shorten(personRef);
    }

    public String shortResourceId() {
        return shorten(resourceId);
    }

    private static String shorten(String id) {
        return id == null || id.length() <= 12 ? id : id.substring(0, 8) + "…";
    }

    /** The machine-readable moment for {@code <time datetime>}. */
    public String iso() {
        return at == null ? "" : at.toString();
    }

    /** The order of a sortable column; unknown columns sort by time. */
    static Comparator<AuditLine> order(String column, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Function<AuditLine, String> text = switch (column == null ? TIME : column) {
            case "service" -> AuditLine::service;
            case "action" -> AuditLine::action;
            case "user" -> AuditLine::user;
            case "outcome" -> AuditLine::outcome;
            default -> null;
        };
        Comparator<AuditLine> byTime = Comparator.comparing(AuditLine::at,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        if (text == null) {
            return byTime;
        }
        return Comparator.comparing(text, Comparator.nullsFirst(collator::compare)).thenComparing(byTime.reversed());
    }

    static OffsetDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
