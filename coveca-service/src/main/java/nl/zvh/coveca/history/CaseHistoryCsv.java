package nl.zvh.coveca.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zvh.coveca.cases.ClosureReason;
import nl.zvh.coveca.cases.Intensity;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.history.HistoryCells;
import nl.zvh.platform.history.HistoryFiles;
import nl.zvh.platform.history.HistoryImport;
import nl.zvh.platform.problem.Problem.FieldError;

/**
 * The previous system's CoVeCa cases as CSV (docs/history-import.md): one case per row with its main person. Columns
 * (Dutch headers, any order, ";" or ","): {@code registratienummer;gestart;gesloten;reden;gemeente;intensiteit;
 * voornaam;tussenvoegsel;achternaam;geboortedatum;bsn}. Dates yyyy-mm-dd or dd-mm-yyyy, not in the future nor before
 * 2000; no end date: the case is still open; an end date needs a reason (stabiel, afgeschaald naar reguliere zorg,
 * verhuisd, gedetineerd, overleden, administratief) and is not before the start. A row's own errors are named
 * {@code rows[n].<column>} with n the spreadsheet row (the header is row 1).
 */
final class CaseHistoryCsv {
    static final List<String> REQUIRED = List.of("registratienummer", "gestart", "gemeente", "voornaam", "achternaam",
            "geboortedatum");
    static final Map<String, ClosureReason> REASONS = Map.ofEntries(Map.entry("stabiel", ClosureReason.STABLE),
            Map.entry("afgeschaald naar reguliere zorg", ClosureReason.SCALED_DOWN_TO_REGULAR_CARE),
            Map.entry("verhuisd", ClosureReason.MOVED_OUT_OF_REGION), Map.entry("gedetineerd", ClosureReason.DETAINED),
            Map.entry("overleden", ClosureReason.DECEASED), Map.entry("administratief", ClosureReason.ADMINISTRATIVE));
    private static final Map<String, Intensity> INTENSITIES = Map.of("maatwerk", Intensity.MAATWERK, "pga",
            Intensity.PGA);

    /** One earlier case as the previous system knew it. */
    record ImportedCase(String registrationNumber, LocalDate started, LocalDate ended, ClosureReason reason,
            String municipality, Intensity intensity, String firstName, String surnamePrefix, String lastName,
            LocalDate dateOfBirth, String bsn) {
    }

    private CaseHistoryCsv() {
    }

    /** The file's own errors (header, size), or none. */
    static List<FieldError> fileErrors(CsvFile file) {
        return HistoryFiles.fileErrors(file, REQUIRED, "cases");
    }

    /**
     * Reads every row; {@code today} bounds the dates, {@code municipalities} (empty: any non-blank one) are the
     * house's, the cell is taken as the reference data spells it.
     */
    static List<HistoryImport.Row<ImportedCase>> rows(CsvFile file, LocalDate today, List<String> municipalities) {
        List<HistoryImport.Row<ImportedCase>> rows = new ArrayList<>();
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
                reason = cells.choice("reden", REASONS, null, "given for a closed case: stabiel, afgeschaald naar"
                        + " reguliere zorg, verhuisd, gedetineerd, overleden or administratief");
            } else if (row.get("reden") != null) {
                cells.error("reden", "only applies to a closed case (gesloten is empty)");
            }
            String municipality = cells.municipality("gemeente", municipalities);
            Intensity intensity = cells.choice("intensiteit", INTENSITIES, Intensity.MAATWERK, "maatwerk or pga");
            String firstName = cells.text("voornaam", true, 100);
            String prefix = cells.text("tussenvoegsel", false, 100);
            String lastName = cells.text("achternaam", true, 100);
            LocalDate birth = cells.dateOfBirth("geboortedatum", started);
            String bsn = cells.bsn("bsn");
            ClosureReason closure = reason;
            rows.add(HistoryImport.Row.of(cells, () -> new ImportedCase(ref, started, ended, closure, municipality,
                    intensity, firstName, prefix, lastName, birth, bsn)));
        }
        return rows;
    }
}
