package nl.zvh.triage.tables;

import java.util.ArrayList;
import java.util.List;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.problem.Problem.FieldError;
import nl.zvh.triage.tables.TableRequests.NewItem;

/**
 * The weekly CSV of non-acute police reports of confused behaviour (I28), as a police export or a spreadsheet saves
 * it: a header row, then one report per row, separated by semicolons (or commas), fields optionally in double quotes.
 * Columns (Dutch headers, any order): {@code registratienummer;datum;gemeente;voornaam;achternaam;geboortedatum;
 * samenvatting}; dates as yyyy-mm-dd or dd-mm-yyyy.
 */
final class ReportCsv {
    static final int MAX_ROWS = 2000;

    /** The rows as items (row numbers as a person counts them, the header being row 1), or the header's errors. */
    record Parsed(List<NewItem> items, List<FieldError> errors) {
    }

    private ReportCsv() {
    }

    static Parsed parse(String text) {
        CsvFile file = CsvFile.parse(text);
        if (file.header().isEmpty()) {
            return new Parsed(List.of(), List.of(new FieldError("file", "is empty: a header row is required")));
        }
        List<FieldError> errors = new ArrayList<>();
        for (String missing : file.missing(List.of("registratienummer", "gemeente", "samenvatting"))) {
            errors.add(new FieldError("file", "the column " + missing + " is missing"));
        }
        if (file.rows().size() > MAX_ROWS) {
            errors.add(new FieldError("file", "at most " + MAX_ROWS + " rows per file"));
        }
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors);
        }
        List<NewItem> items = new ArrayList<>();
        for (CsvFile.Row row : file.rows()) {
            items.add(new NewItem(cell(row, "registratienummer"), CsvFile.isoDate(cell(row, "datum")),
                    cell(row, "voornaam"), cell(row, "achternaam"), CsvFile.isoDate(cell(row, "geboortedatum")),
                    cell(row, "gemeente"), null, null, cell(row, "samenvatting"), List.of()));
        }
        if (items.isEmpty()) {
            errors.add(new FieldError("file", "holds no reports"));
        }
        return new Parsed(items, errors);
    }

    /** A cell as the rules judge it: stripped, an empty cell as empty (the rules name a missing value). */
    private static String cell(CsvFile.Row row, String column) {
        String value = row.cells().get(column);
        return value == null ? null : value.strip();
    }
}
