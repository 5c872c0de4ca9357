package nl.zvh.triage.tables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
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
import nl.zvh.triage.tables.TableRequests.Conclusion;
import nl.zvh.triage.tables.TableViews.InvestigationView;

/** The Wvggz exploratory investigations of an I28 table: open ones first by deadline, overdue ones marked. */
@ApplicationScoped
public class Investigations {

    @Inject
    TableScope scope;

    @Inject
    Tables tables;

    @Inject
    AuditLog audit;

    @Transactional
    public List<InvestigationView> list(UUID tableId) {
        HouseTable table = scope.seated(tableId);
        List<Investigation> all = Investigation
                .list("tableId = ?1 order by case when concludedOn is null then 0 else 1 end, deadline", table.id);
        Map<UUID, TableItem> items = all.isEmpty()
                ? Map.of()
                : TableItem.<TableItem>list("id in ?1 and erasedAt is null", all.stream().map(v -> v.itemId).toList())
                        .stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        audit.recordEach(AuditAction.READ, Tables.ITEM,
                new ArrayList<>(items.keySet().stream().map(UUID::toString).toList()),
                "exploratory investigations read");
        LocalDate today = tables.today();
        return all.stream().filter(v -> items.containsKey(v.itemId))
                .map(v -> InvestigationView.of(v, items.get(v.itemId), today)).toList();
    }

    @Transactional
    public InvestigationView conclude(UUID tableId, UUID id, Conclusion in) {
        HouseTable table = scope.chaired(tableId);
        Investigation v = Investigation.<Investigation>find("id = ?1 and tableId = ?2", id, table.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("investigation"));
        if (v.concludedOn != null) {
            throw ProblemException.conflict("The investigation is already concluded");
        }
        List<FieldError> errors = new ArrayList<>();
        InvestigationOutcome outcome = null;
        if (in == null || ItemRules.blank(in.outcome())) {
            errors.add(new FieldError("outcome", "is required"));
        } else {
            try {
                outcome = InvestigationOutcome.valueOf(in.outcome().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("outcome",
                        "must be APPLICATION_TO_PROSECUTOR, VOLUNTARY_CARE or NO_FURTHER_ACTION"));
            }
        }
        LocalDate today = tables.today();
        LocalDate on = in == null ? null : ItemRules.date(errors, "concludedOn", in.concludedOn(), false);
        if (on != null && (on.isAfter(today) || on.isBefore(v.reportedOn))) {
            errors.add(new FieldError("concludedOn", "must be between the report and today"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        v.outcome = outcome;
        v.concludedOn = on == null ? today : on;
        audit.record(AuditAction.UPDATE, Tables.ITEM, v.itemId.toString(), v.itemId.toString(),
                "exploratory investigation concluded " + outcome);
        TableItem item = TableItem.findById(v.itemId);
        return InvestigationView.of(v, item, today);
    }
}
