package nl.zvh.reintegration.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.history.HistoryCells;
import nl.zvh.platform.history.HistoryFiles;
import nl.zvh.platform.history.HistoryImport;
import nl.zvh.platform.problem.Problem.FieldError;

/**
 * The previous system's DJI detentions and releases as CSV (docs/history-import.md): one detention per row with its
 * detainee. Columns (Dutch headers, any order, ";" or ","): {@code registratienummer;gedetineerd;inrichting;
 * verwachte_vrijlating;vrijgelaten;gemeente;voornaam;tussenvoegsel;achternaam;geboortedatum;bsn;dji_nummer}.
 * Required: registratienummer (DJI's detention id or the previous system's number), gedetineerd, inrichting, gemeente
 * (of this house), voornaam, achternaam, geboortedatum. Dates yyyy-mm-dd or dd-mm-yyyy; gedetineerd and vrijgelaten
 * not in the future nor before 2000; vrijgelaten empty: still detained; verwachte_vrijlating may lie in the future;
 * neither is before gedetineerd. A registration number already carried by a track of the platform (e.g. DJI notified
 * the detention live) is rejected. A row's own errors are named {@code rows[n].<column>} (the header is row 1).
 */
final class DetentionHistoryCsv {
    static final List<String> REQUIRED = List.of("registratienummer", "gedetineerd", "inrichting", "gemeente",
            "voornaam", "achternaam", "geboortedatum");

    /** One earlier detention as the previous system knew it. */
    record ImportedDetention(String registrationNumber, LocalDate detained, String institution,
            LocalDate expectedRelease, LocalDate released, String municipality, String firstName, String surnamePrefix,
            String lastName, LocalDate dateOfBirth, String bsn, String djiPersonNumber) {
    }

    private DetentionHistoryCsv() {
    }

    /** The file's own errors (header, size), or none. */
    static List<FieldError> fileErrors(CsvFile file) {
        return HistoryFiles.fileErrors(file, REQUIRED, "detentions");
    }

    /** The registration numbers the file names (to look up which the platform knows already). */
    static List<String> registrationNumbers(CsvFile file) {
        return file.rows().stream().map(r -> r.get(HistoryFiles.REGISTRATION_NUMBER)).filter(r -> r != null).distinct()
                .toList();
    }

    /**
     * Reads every row; {@code today} bounds the dates, {@code municipalities} are the house's (reference data, the cell
     * taken as spelled there), {@code inUse} the registration numbers another track already carries.
     */
    static List<HistoryImport.Row<ImportedDetention>> rows(CsvFile file, LocalDate today, List<String> municipalities,
            Set<String> inUse) {
        List<HistoryImport.Row<ImportedDetention>> rows = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (CsvFile.Row row : file.rows()) {
            HistoryCells cells = new HistoryCells(row, today);
            String ref = cells.registrationNumber(refs);
            if (ref != null && inUse.contains(ref)) {
                cells.error(HistoryFiles.REGISTRATION_NUMBER, "is already a detention on this platform");
            }
            LocalDate detained = cells.date("gedetineerd");
            String institution = cells.text("inrichting", true, 200);
            LocalDate expected = expectedRelease(cells, detained);
            LocalDate released = cells.optionalDate("vrijgelaten");
            if (detained != null && released != null && released.isBefore(detained)) {
                cells.error("vrijgelaten", "is before the detention date");
            }
            String municipality = cells.municipality("gemeente", municipalities);
            String firstName = cells.text("voornaam", true, 100);
            String prefix = cells.text("tussenvoegsel", false, 30);
            String lastName = cells.text("achternaam", true, 100);
            LocalDate birth = cells.dateOfBirth("geboortedatum", detained);
            String bsn = cells.bsn("bsn");
            String djiNumber = cells.text("dji_nummer", false, 50);
            rows.add(HistoryImport.Row.of(cells, () -> new ImportedDetention(ref, detained, institution, expected,
                    released, municipality, firstName, prefix, lastName, birth, bsn, djiNumber)));
        }
        return rows;
    }

    /** An expected release: may be empty or in the future, not before the detention. */
    private static LocalDate expectedRelease(HistoryCells cells, LocalDate detained) {
        String raw = cells.raw("verwachte_vrijlating");
        if (raw == null) {
            return null;
        }
        LocalDate expected = HistoryCells.parse(raw);
        if (expected == null) {
            cells.error("verwachte_vrijlating", "must be a date (yyyy-mm-dd or dd-mm-yyyy)");
        } else if (detained != null && expected.isBefore(detained)) {
            cells.error("verwachte_vrijlating", "is before the detention date");
        }
        return expected;
    }
}
