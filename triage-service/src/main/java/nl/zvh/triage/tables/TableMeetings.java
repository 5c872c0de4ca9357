package nl.zvh.triage.tables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.Problem.FieldError;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.triage.tables.TableRequests.AgendaRequest;
import nl.zvh.triage.tables.TableRequests.MinutesRequest;
import nl.zvh.triage.tables.TableRequests.NewMeeting;
import nl.zvh.triage.tables.TableViews.AgendaEntry;
import nl.zvh.triage.tables.TableViews.MeetingView;

/**
 * A table's meetings: planned by the chair's organisation or the house, items put on the agenda, attendance and
 * minutes kept. The decisions themselves are {@link TableDecisions}'.
 */
@ApplicationScoped
public class TableMeetings {
    static final String MEETING = "table-meeting";

    @Inject
    TableScope scope;

    @Inject
    Tables tables;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public MeetingView plan(UUID tableId, NewMeeting in) {
        HouseTable table = scope.chaired(tableId);
        if (in == null) {
            throw ProblemException.invalid("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = ItemRules.date(errors, "date", in.date(), true);
        if (date != null && (date.getYear() < 2000 || date.isAfter(tables.today().plusYears(1)))) {
            // an earlier meeting may be recorded afterwards (and a house's history entered); not centuries off
            errors.add(new FieldError("date", "must be between 2000 and a year from now"));
        }
        LocalTime time = LocalTime.of(9, 0);
        if (!ItemRules.blank(in.startsAt())) {
            try {
                time = LocalTime.parse(in.startsAt().strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("startsAt", "must be a time (hh:mm)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        TableMeeting m = new TableMeeting();
        m.id = UUID.randomUUID();
        m.tableId = table.id;
        m.house = table.house;
        m.meetingDate = date;
        m.startsAt = time;
        m.createdAt = Instant.now(clock);
        m.persist();
        audit.record(AuditAction.CREATE, MEETING, m.id.toString(), null, "table meeting planned");
        return view(m, false);
    }

    /** The table's meetings, latest first (without their agendas). */
    @Transactional
    public List<MeetingView> list(UUID tableId) {
        HouseTable table = scope.seated(tableId);
        return TableMeeting.<TableMeeting>list("tableId = ?1 order by meetingDate desc, startsAt desc", table.id)
                .stream().map(m -> new MeetingView(m.id, m.tableId, m.meetingDate, m.startsAt,
                        TableViews.lines(m.attendance), m.minutes, m.heldAt != null, List.of()))
                .toList();
    }

    @Transactional
    public MeetingView get(UUID tableId, UUID meetingId) {
        return view(meeting(scope.seated(tableId), meetingId), true);
    }

    @Transactional
    public MeetingView putOnAgenda(UUID tableId, UUID meetingId, AgendaRequest in) {
        HouseTable table = scope.chaired(tableId);
        TableMeeting m = meeting(table, meetingId);
        if (in == null || in.itemIds() == null || in.itemIds().isEmpty()) {
            throw ProblemException.invalid("itemIds", "name at least one item");
        }
        for (UUID itemId : in.itemIds()) {
            TableItem item = TableItem
                    .<TableItem>find("id = ?1 and tableId = ?2 and erasedAt is null", itemId, table.id)
                    .firstResultOptional()
                    .orElseThrow(() -> ProblemException.invalid("itemIds", "names an item that is not on this table"));
            if (item.status == ItemStatus.CLOSED) {
                throw ProblemException.conflict("The item has left the table and cannot be discussed again");
            }
            if (AgendaDecision.count("meetingId = ?1 and itemId = ?2", m.id, item.id) == 0) {
                AgendaDecision d = new AgendaDecision();
                d.id = UUID.randomUUID();
                d.meetingId = m.id;
                d.itemId = item.id;
                d.house = table.house;
                d.persist();
                audit.record(AuditAction.UPDATE, Tables.ITEM, item.id.toString(), item.id.toString(),
                        "put on the agenda of table meeting " + m.id);
            }
        }
        return view(m, true);
    }

    @Transactional
    public MeetingView minutes(UUID tableId, UUID meetingId, MinutesRequest in) {
        HouseTable table = scope.chaired(tableId);
        TableMeeting m = meeting(table, meetingId);
        if (in == null) {
            throw ProblemException.invalid("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        List<String> present = in.attendance() == null
                ? List.of()
                : in.attendance().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).distinct()
                        .toList();
        if (present.isEmpty()) {
            errors.add(new FieldError("attendance", "name the organisations present"));
        } else if (present.stream().anyMatch(o -> !table.seats(o) && !scope.staffOrganisation(table.house, o))) {
            errors.add(new FieldError("attendance", "only organisations that sit at this table can be present"));
        }
        ItemRules.text(errors, "minutes", in.minutes(), 8000, true);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        m.attendance = String.join("\n", present);
        m.minutes = in.minutes().strip();
        m.heldAt = Instant.now(clock);
        audit.record(AuditAction.UPDATE, MEETING, m.id.toString(), null, "table meeting minutes kept");
        return view(m, true);
    }

    TableMeeting meeting(HouseTable table, UUID meetingId) {
        return TableMeeting.<TableMeeting>find("id = ?1 and tableId = ?2", meetingId, table.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("meeting"));
    }

    MeetingView view(TableMeeting m, boolean withAgenda) {
        List<AgendaEntry> agenda = List.of();
        if (withAgenda) {
            List<AgendaDecision> entries = AgendaDecision.list("meetingId", m.id);
            Map<UUID, TableItem> items = entries.isEmpty()
                    ? Map.of()
                    : TableItem
                            .<TableItem>list("id in ?1 and erasedAt is null",
                                    entries.stream().map(e -> e.itemId).toList())
                            .stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
            agenda = entries.stream().filter(e -> items.containsKey(e.itemId)).map(e -> {
                TableItem i = items.get(e.itemId);
                return new AgendaEntry(i.id, i.displayName(), i.municipality, i.status, e.outcome, e.agreements,
                        e.decidedAt, e.decidedByOrganisation);
            }).sorted(java.util.Comparator.comparing(AgendaEntry::displayName)).toList();
            audit.recordEach(AuditAction.READ, Tables.ITEM, agenda.stream().map(a -> a.itemId().toString()).toList(),
                    "table meeting agenda read");
        }
        return new MeetingView(m.id, m.tableId, m.meetingDate, m.startsAt, TableViews.lines(m.attendance), m.minutes,
                m.heldAt != null, agenda);
    }
}
