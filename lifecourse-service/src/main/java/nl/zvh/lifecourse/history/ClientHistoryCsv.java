package nl.zvh.lifecourse.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zvh.lifecourse.candidates.ClosureReason;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.history.HistoryCells;
import nl.zvh.platform.history.HistoryFiles;
import nl.zvh.platform.history.HistoryImport;
import nl.zvh.platform.problem.Problem.FieldError;

/**
 * The previous system's life-course clients as CSV (docs/history-import.md): one period of the approach per row.
 * Columns (Dutch headers, any order, ";" or ","): {@code registratienummer;gestart;gesloten;reden;gemeente;voornaam;
 * tussenvoegsel;achternaam;geboortedatum}. Dates yyyy-mm-dd or dd-mm-yyyy, not in the future nor before 2000;
 * {@code gestart} is the start of the approach (the inclusion); no end date: the client is still followed; an end date
 * needs a reason (stabiel, verhuisd, gedetineerd, overleden, anders) and is not before the start. The municipality is
 * free text (this service keeps no list of the house's municipalities). This service holds no BSN and no surname-prefix
 * column: a {@code bsn} column is not read, the prefix goes before the last name ("van der Berg"). A row's own errors
 * are named {@code rows[n].<column>} with n the spreadsheet row (the header is row 1).
 */
final class ClientHistoryCsv {
    static final List<String> REQUIRED = List.of("registratienummer", "gestart", "gemeente", "voornaam", "achternaam",
            "geboortedatum");
    static final Map<String, ClosureReason> REASONS = Map.of("stabiel", ClosureReason.STABLE, "verhuisd",
            ClosureReason.MOVED, "gedetineerd", ClosureReason.DETAINED, "overleden", ClosureReason.DECEASED, "anders",
            ClosureReason.OTHER);

    /** One earlier period of the approach as the previous system knew it. */
    record ImportedClient(String registrationNumber, LocalDate started, LocalDate ended, ClosureReason reason,
            String municipality, String firstName, String lastName, LocalDate dateOfBirth) {
    }

    private ClientHistoryCsv() {
    }

    /** The file's own errors (header, size), or none. */
    static List<FieldError> fileErrors(CsvFile file) {
        return HistoryFiles.fileErrors(file, REQUIRED, "clients");
    }

    /** Reads every row; {@code today} bounds the dates. */
    static List<HistoryImport.Row<ImportedClient>> rows(CsvFile file, LocalDate today) {
        List<HistoryImport.Row<ImportedClient>> rows = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (CsvFile.Row row : file.rows()) {
            HistoryCells cells = new HistoryCells(row, today);
            String ref = cells.registrationNumber(refs);
            LocalDate started = cells.date("gestart");
            LocalDate ended = cells.optionalDate("gesloten");
            if (started != null && ended != null && ended.isBefore(started)) {
                cells.error("gesloten", "is before the start date");
            }
            ClosureReason reason = null;
            if (row.get("gesloten") != null) {
                reason = cells.choice("reden", REASONS, null,
                        "given for a closed client: stabiel, verhuisd, gedetineerd, overleden or anders");
            } else if (row.get("reden") != null) {
                cells.error("reden", "only applies to a closed client (gesloten is empty)");
            }
            String municipality = cells.municipality("gemeente", List.of());
            String firstName = cells.text("voornaam", true, 100);
            String prefix = cells.text("tussenvoegsel", false, 50);
            String lastName = cells.text("achternaam", true, 140);
            LocalDate birth = cells.dateOfBirth("geboortedatum", started);
            ClosureReason closure = reason;
            rows.add(HistoryImport.Row.of(cells, () -> new ImportedClient(ref, started, ended, closure, municipality,
                    firstName, prefix == null ? lastName : prefix + " " + lastName, birth)));
        }
        return rows;
    }
}
