package nl.zvh.triage.tables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.Problem.FieldError;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.triage.session.TriageConfig;
import nl.zvh.triage.tables.TableRequests.NewItem;
import nl.zvh.triage.tables.TableRequests.NewTable;
import nl.zvh.triage.tables.TableViews.ItemView;
import nl.zvh.triage.tables.TableViews.TableView;

/** The house's tables and the items on them: set up, listed, added one by one or as the week's upload. */
@ApplicationScoped
public class Tables {
    /** An AWARE track ending within this many days is on the worklist. */
    public static final int ENDING_SOON_DAYS = 14;
    static final String ITEM = "table-item";

    @Inject
    TableScope scope;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    TriageConfig config;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }

    /** The answer to an upload: reports added and reports already on the table (the same file twice adds once). */
    public record Imported(int added, int alreadyPresent) {
    }

    @Transactional
    public TableView create(NewTable in) {
        scope.requireConfigurer();
        if (in == null) {
            throw ProblemException.invalid("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        TableKind kind = null;
        try {
            kind = in.kind() == null ? null : TableKind.valueOf(in.kind().strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "must be one of I28, PROLIFIC_OFFENDERS, LPCO, YOUTH_AFTERCARE, AWARE"));
        }
        if (in.kind() == null) {
            errors.add(new FieldError("kind", "is required"));
        }
        ItemRules.text(errors, "name", in.name(), 200, true);
        ItemRules.text(errors, "chairOrganisation", in.chairOrganisation(), 200, true);
        Cadence cadence = null;
        if (!ItemRules.blank(in.cadence())) {
            try {
                cadence = Cadence.valueOf(in.cadence().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("cadence", "must be WEEKLY, FORTNIGHTLY or MONTHLY"));
            }
        }
        ItemRules.text(errors, "municipality", in.municipality(), 100, kind == TableKind.YOUTH_AFTERCARE);
        ItemRules.text(errors, "contactName", in.contactName(), 200, false);
        ItemRules.text(errors, "contactPhone", in.contactPhone(), 40, false);
        ItemRules.text(errors, "contactEmail", in.contactEmail(), 200, false);
        if (!ItemRules.blank(in.contactEmail()) && !in.contactEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("contactEmail", "must be an e-mail address"));
        }
        TreeSet<String> members = organisations(errors, "members", in.members());
        TreeSet<String> submitters = organisations(errors, "submitters", in.submitters());
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        HouseTable t = new HouseTable();
        t.id = UUID.randomUUID();
        t.house = user.requireHouse();
        t.kind = kind;
        t.name = in.name().strip();
        t.chairOrganisation = in.chairOrganisation().strip();
        t.cadence = cadence == null ? kind.defaultCadence() : cadence;
        t.municipality = ItemRules.strip(in.municipality());
        t.contactName = ItemRules.strip(in.contactName());
        t.contactPhone = ItemRules.strip(in.contactPhone());
        t.contactEmail = ItemRules.strip(in.contactEmail());
        t.members = members;
        t.submitters = submitters;
        t.createdAt = Instant.now(clock);
        t.createdBy = user.id();
        t.persist();
        audit.record(AuditAction.CREATE, "house-table", t.id.toString(), null, "table set up");
        return TableView.of(t, 0, null);
    }

    @Transactional
    public List<TableView> list() {
        LocalDate today = today();
        return scope.tables().stream().map(t -> view(t, today)).toList();
    }

    @Transactional
    public TableView get(UUID id) {
        return view(scope.seated(id), today());
    }

    /** The items of a table, oldest first; open ones only unless {@code all}. Audited: each item read. */
    @Transactional
    public List<ItemView> items(UUID tableId, ItemStatus status) {
        HouseTable table = scope.seated(tableId);
        List<TableItem> items = status == null
                ? TableItem.list("tableId = ?1 and erasedAt is null order by receivedOn, createdAt", table.id)
                : TableItem.list("tableId = ?1 and erasedAt is null and status = ?2 order by receivedOn, createdAt",
                        table.id, status);
        audit.recordEach(AuditAction.READ, ITEM, items.stream().map(i -> i.id.toString()).toList(), "table items read");
        LocalDate today = today();
        return items.stream().map(i -> ItemView.of(i, today)).toList();
    }

    @Transactional
    public ItemView item(UUID tableId, UUID itemId) {
        HouseTable table = scope.seated(tableId);
        TableItem item = TableItem.<TableItem>find("id = ?1 and tableId = ?2 and erasedAt is null", itemId, table.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("item"));
        audit.record(AuditAction.READ, ITEM, item.id.toString(), item.id.toString(), "table item read");
        return ItemView.of(item, today());
    }

    @Transactional
    public ItemView add(UUID tableId, NewItem in, ItemSource source) {
        HouseTable table = scope.submittable(tableId);
        if (in == null) {
            throw ProblemException.invalid("body", "is required");
        }
        List<FieldError> errors = ItemRules.check(table, in, today());
        if (errors.isEmpty() && in.externalRef() != null && exists(table, in.externalRef())) {
            errors.add(new FieldError("externalRef", "is already on this table"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        return ItemView.of(persist(table, in, source), today());
    }

    /** The week's police reports (I28) as CSV: all rows or none; rows already on the table are skipped. */
    @Transactional
    public Imported upload(UUID tableId, String csv) {
        HouseTable table = scope.submittable(tableId);
        if (table.kind != TableKind.I28) {
            throw ProblemException.invalid("file", "only the I28 table takes an upload of police reports");
        }
        ReportCsv.Parsed parsed = ReportCsv.parse(csv);
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        LocalDate today = today();
        TreeSet<String> seen = new TreeSet<>();
        for (int i = 0; i < parsed.items().size(); i++) {
            NewItem row = parsed.items().get(i);
            String at = "rows[" + (i + 2) + "].";
            ItemRules.check(table, row, today).forEach(e -> errors.add(new FieldError(at + e.field(), e.message())));
            if (row.externalRef() != null && !seen.add(row.externalRef().strip())) {
                errors.add(new FieldError(at + "externalRef", "appears twice in the file"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        int added = 0;
        for (NewItem row : parsed.items()) {
            if (!exists(table, row.externalRef())) {
                persist(table, row, ItemSource.UPLOAD);
                added++;
            }
        }
        return new Imported(added, parsed.items().size() - added);
    }

    private boolean exists(HouseTable table, String ref) {
        return TableItem.count("tableId = ?1 and externalRef = ?2", table.id, ref.strip()) > 0;
    }

    private TableItem persist(HouseTable table, NewItem in, ItemSource source) {
        TableItem i = new TableItem();
        i.id = UUID.randomUUID();
        i.tableId = table.id;
        i.house = table.house;
        i.kind = table.kind;
        i.status = ItemStatus.OPEN;
        i.source = source;
        i.externalRef = ItemRules.strip(in.externalRef());
        i.receivedOn = ItemRules.blank(in.receivedOn()) ? today() : LocalDate.parse(in.receivedOn().strip());
        i.firstName = ItemRules.strip(in.firstName());
        i.lastName = ItemRules.strip(in.lastName());
        i.birthDate = ItemRules.blank(in.birthDate()) ? null : LocalDate.parse(in.birthDate().strip());
        i.municipality = table.kind == TableKind.YOUTH_AFTERCARE && table.municipality != null
                ? table.municipality
                : ItemRules.strip(in.municipality());
        i.district = ItemRules.strip(in.district());
        i.category = ItemRules.category(in.category());
        i.summary = ItemRules.strip(in.summary());
        i.relatedPersons = in.relatedPersons() == null
                ? null
                : String.join("\n", in.relatedPersons().stream().filter(Objects::nonNull).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList());
        i.addedByOrganisation = user.requireOrganisation();
        i.createdAt = Instant.now(clock);
        i.persist();
        audit.record(AuditAction.CREATE, ITEM, i.id.toString(), i.id.toString(), "table item added");
        return i;
    }

    private TableView view(HouseTable t, LocalDate today) {
        long open = TableItem.count("tableId = ?1 and status = ?2 and erasedAt is null", t.id, ItemStatus.OPEN);
        LocalDate next = TableMeeting
                .<TableMeeting>find("tableId = ?1 and meetingDate >= ?2 order by meetingDate", t.id, today)
                .firstResultOptional().map(m -> m.meetingDate).orElse(null);
        return TableView.of(t, open, next);
    }

    private static TreeSet<String> organisations(List<FieldError> errors, String field, List<String> names) {
        TreeSet<String> set = new TreeSet<>();
        if (names != null) {
            for (String n : names) {
                if (n != null && !n.isBlank()) {
                    set.add(n.strip());
                }
            }
        }
        if (set.size() > 40 || set.stream().anyMatch(n -> n.length() > 200)) {
            errors.add(new FieldError(field, "at most 40 organisations of at most 200 characters"));
        }
        return set;
    }
}
