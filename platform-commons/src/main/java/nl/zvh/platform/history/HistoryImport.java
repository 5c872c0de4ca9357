package nl.zvh.platform.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.Problem.FieldError;
import nl.zvh.platform.problem.ProblemException;

/**
 * The rule every history import follows: a dry run stores nothing and reports every rejected row; an import stores all
 * rows or none (a rejected row: 400 naming each); rows whose registration number was imported before are skipped, so
 * the same file twice imports once. The caller runs this inside its transaction and stores through {@code store}.
 */
public final class HistoryImport {

    /** One row read: its spreadsheet number, the record (null when its cells are wrong) and its errors. */
    public record Row<T>(int number, T record, List<FieldError> errors) {
        public Row {
            errors = List.copyOf(errors);
        }

        /** The row as {@code cells} read it: the record when every cell was right, else the errors. */
        public static <T> Row<T> of(HistoryCells cells, java.util.function.Supplier<T> record) {
            return cells.valid()
                    ? new Row<>(cells.rowNumber(), record.get(), List.of())
                    : new Row<>(cells.rowNumber(), null, cells.errors());
        }
    }

    private HistoryImport() {
    }

    /** Throws a 400 problem naming the file's own errors, if any. */
    public static void requireReadable(List<FieldError> fileErrors) {
        if (!fileErrors.isEmpty()) {
            throw new ProblemException(Problem.validation(fileErrors));
        }
    }

    /**
     * @param registrationNumber the record's registration number
     * @param alreadyImported of these registration numbers, the ones this house imported before
     * @param store stores the new records (only called for a real import without rejected rows)
     */
    public static <T> HistoryReport run(String kind, List<Row<T>> rows, boolean dryRun,
            Function<T, String> registrationNumber, Function<List<String>, Set<String>> alreadyImported,
            Consumer<List<T>> store) {
        List<FieldError> rejected = new ArrayList<>();
        List<T> valid = new ArrayList<>();
        for (Row<T> row : rows) {
            rejected.addAll(row.errors());
            if (row.record() != null) {
                valid.add(row.record());
            }
        }
        Set<String> before = valid.isEmpty()
                ? Set.of()
                : alreadyImported.apply(valid.stream().map(registrationNumber).toList());
        List<T> fresh = valid.stream().filter(r -> !before.contains(registrationNumber.apply(r))).toList();
        if (dryRun) {
            return new HistoryReport(kind, true, rows.size(), rejected.isEmpty() ? fresh.size() : 0, before.size(),
                    rejected);
        }
        if (!rejected.isEmpty()) {
            throw new ProblemException(Problem.validation(rejected));
        }
        store.accept(fresh);
        return new HistoryReport(kind, false, rows.size(), fresh.size(), before.size(), List.of());
    }
}
