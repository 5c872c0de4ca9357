package nl.zvh.platform.history;

import java.util.List;
import nl.zvh.platform.problem.Problem.FieldError;

/**
 * What a history import did or, as a dry run, would do: rows read, records imported (or to import), rows imported
 * before (skipped: the same file twice imports once), and every rejected row with its reason
 * ({@code rows[3].gemeente}). {@code kind} names the file's kind, e.g. {@code referrals} or {@code cases}.
 */
public record HistoryReport(String kind, boolean dryRun, int rows, int imported, int alreadyImported,
        List<FieldError> rejected) {
    public HistoryReport {
        rejected = List.copyOf(rejected);
    }
}
