package nl.zvh.coveca.history;

import java.util.List;
import nl.zvh.platform.problem.Problem.FieldError;

/**
 * What an import did or, as a dry run, would do: rows read, cases imported (or to import), rows imported before
 * (skipped: the same file twice imports once), and every rejected row with its reason ({@code rows[3].gemeente}).
 */
public record HistoryReport(String kind, boolean dryRun, int rows, int imported, int alreadyImported,
        List<FieldError> rejected) {
}
