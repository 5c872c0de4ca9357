package nl.zvh.triage.tables;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** What the tables API answers. */
public final class TableViews {
    private TableViews() {
    }

    /** A table with the number of items waiting and its next meeting. */
    public record TableView(UUID id, TableKind kind, String name, String chairOrganisation, List<String> members,
            List<String> submitters, Cadence cadence, String municipality, String contactName, String contactPhone,
            String contactEmail, long openItems, LocalDate nextMeeting) {
        static TableView of(HouseTable t, long openItems, LocalDate nextMeeting) {
            return new TableView(t.id, t.kind, t.name, t.chairOrganisation, List.copyOf(t.members),
                    List.copyOf(t.submitters), t.cadence, t.municipality, t.contactName, t.contactPhone, t.contactEmail,
                    openItems, nextMeeting);
        }
    }

    /** An item with its last decision. {@code endingSoon}: an AWARE track that ends within two weeks. */
    public record ItemView(UUID id, UUID tableId, TableKind kind, ItemStatus status, ItemSource source,
            String externalRef, LocalDate receivedOn, String firstName, String lastName, String displayName,
            LocalDate birthDate, String municipality, String district, ItemCategory category, String summary,
            List<String> relatedPersons, String addedByOrganisation, TableOutcome lastOutcome, LocalDate decidedOn,
            String agreements, LocalDate trackStart, LocalDate trackEnd, String responsibleOrganisation,
            boolean endingSoon) {
        static ItemView of(TableItem i, LocalDate today) {
            boolean soon = i.kind == TableKind.AWARE && i.status != ItemStatus.CLOSED && i.trackEnd != null
                    && !i.trackEnd.isAfter(today.plusDays(Tables.ENDING_SOON_DAYS));
            return new ItemView(i.id, i.tableId, i.kind, i.status, i.source, i.externalRef, i.receivedOn, i.firstName,
                    i.lastName, i.displayName(), i.birthDate, i.municipality, i.district, i.category, i.summary,
                    lines(i.relatedPersons), i.addedByOrganisation, i.lastOutcome, i.decidedOn, i.agreements,
                    i.trackStart, i.trackEnd, i.responsibleOrganisation, soon);
        }
    }

    /** A meeting with its agenda and the decisions taken. */
    public record MeetingView(UUID id, UUID tableId, LocalDate date, LocalTime startsAt, List<String> attendance,
            String minutes, boolean held, List<AgendaEntry> agenda) {
    }

    /** One item on a meeting's agenda and the decision on it (null outcome: not yet decided). */
    public record AgendaEntry(UUID itemId, String displayName, String municipality, ItemStatus itemStatus,
            TableOutcome outcome, String agreements, Instant decidedAt, String decidedByOrganisation) {
    }

    /** A Wvggz exploratory investigation; overdue when open after its deadline. */
    public record InvestigationView(UUID id, UUID itemId, UUID tableId, String itemName, String municipality,
            LocalDate reportedOn, LocalDate deadline, InvestigationOutcome outcome, LocalDate concludedOn,
            boolean overdue) {
        static InvestigationView of(Investigation v, TableItem item, LocalDate today) {
            return new InvestigationView(v.id, v.itemId, v.tableId, item == null ? null : item.displayName(),
                    v.municipality, v.reportedOn, v.deadline, v.outcome, v.concludedOn, v.overdue(today));
        }
    }

    static List<String> lines(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
