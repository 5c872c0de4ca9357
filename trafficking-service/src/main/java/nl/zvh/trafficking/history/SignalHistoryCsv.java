package nl.zvh.trafficking.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.history.HistoryCells;
import nl.zvh.platform.history.HistoryFiles;
import nl.zvh.platform.history.HistoryImport;
import nl.zvh.platform.problem.Problem.FieldError;
import nl.zvh.trafficking.signal.ExploitationType;
import nl.zvh.trafficking.signal.Outcome;
import nl.zvh.trafficking.signal.SourceType;

/**
 * The previous system's trafficking signals (mensenhandelsignalen) as CSV (docs/history-import.md): one signal per row
 * with its presumed victim. Columns (Dutch headers, any order, ";" or ","): {@code registratienummer;ontvangen;
 * signaalgever;vorm;uitkomst;afgehandeld;gemeente;voornaam;tussenvoegsel;achternaam;geboortedatum;bsn}. Required:
 * registratienummer, ontvangen, signaalgever, vorm, gemeente. Dates yyyy-mm-dd or dd-mm-yyyy, not in the future nor
 * before 2000. signaalgever: politie (avim), arbeidsinspectie (nla), gemeente, zorgaanbieder, or any other
 * organisation's name (kept as an other source with that name). vorm: seksueel, arbeid, crimineel, bedelarij,
 * organen, onduidelijk; several joined with "+", the first is the primary form. uitkomst: empty (undecided), advies or
 * procesregie; afgehandeld is the date of that outcome, required with it, not before ontvangen. The victim's names,
 * date of birth and BSN may be unknown (empty), as in the service itself. A row's own errors are named
 * {@code rows[n].<column>} with n the spreadsheet row (the header is row 1).
 */
final class SignalHistoryCsv {
    static final List<String> REQUIRED = List.of("registratienummer", "ontvangen", "signaalgever", "vorm", "gemeente");
    static final Map<String, SourceType> SOURCES = Map.ofEntries(Map.entry("politie", SourceType.POLICE_AVIM),
            Map.entry("avim", SourceType.POLICE_AVIM), Map.entry("politie avim", SourceType.POLICE_AVIM),
            Map.entry("arbeidsinspectie", SourceType.LABOUR_INSPECTORATE),
            Map.entry("nla", SourceType.LABOUR_INSPECTORATE), Map.entry("gemeente", SourceType.MUNICIPALITY),
            Map.entry("zorgaanbieder", SourceType.CARE_PROVIDER), Map.entry("zorg", SourceType.CARE_PROVIDER));
    static final Map<String, ExploitationType> FORMS = Map.ofEntries(Map.entry("seksueel", ExploitationType.SEXUAL),
            Map.entry("seksuele uitbuiting", ExploitationType.SEXUAL), Map.entry("arbeid", ExploitationType.LABOUR),
            Map.entry("arbeidsuitbuiting", ExploitationType.LABOUR), Map.entry("crimineel", ExploitationType.CRIMINAL),
            Map.entry("criminele uitbuiting", ExploitationType.CRIMINAL),
            Map.entry("bedelarij", ExploitationType.FORCED_BEGGING),
            Map.entry("gedwongen bedelarij", ExploitationType.FORCED_BEGGING),
            Map.entry("organen", ExploitationType.ORGAN_REMOVAL),
            Map.entry("orgaanverwijdering", ExploitationType.ORGAN_REMOVAL),
            Map.entry("onduidelijk", ExploitationType.OTHER_UNCLEAR),
            Map.entry("overig", ExploitationType.OTHER_UNCLEAR));
    static final Map<String, Outcome> OUTCOMES = Map.of("advies", Outcome.ADVICE, "procesregie",
            Outcome.COORDINATED_APPROACH);

    /** One earlier signal as the previous system knew it; {@code forms} in order, the first is the primary one. */
    record ImportedSignal(String registrationNumber, LocalDate received, SourceType sourceType, String sourceName,
            List<ExploitationType> forms, Outcome outcome, LocalDate decided, String municipality, String firstName,
            String surnamePrefix, String lastName, LocalDate dateOfBirth, String bsn) {
    }

    private SignalHistoryCsv() {
    }

    /** The file's own errors (header, size), or none. */
    static List<FieldError> fileErrors(CsvFile file) {
        return HistoryFiles.fileErrors(file, REQUIRED, "signals");
    }

    /** Reads every row; {@code today} bounds the dates, {@code municipalities} are the house's. */
    static List<HistoryImport.Row<ImportedSignal>> rows(CsvFile file, LocalDate today, List<String> municipalities) {
        List<HistoryImport.Row<ImportedSignal>> rows = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (CsvFile.Row row : file.rows()) {
            HistoryCells cells = new HistoryCells(row, today);
            String ref = cells.registrationNumber(refs);
            LocalDate received = cells.date("ontvangen");
            String reporter = cells.text("signaalgever", true, 200);
            SourceType source = reporter == null ? null : SOURCES.get(reporter.toLowerCase(Locale.ROOT));
            String sourceName = source == null ? reporter : null;
            List<ExploitationType> forms = forms(cells, row.get("vorm"));
            Outcome outcome = cells.choice("uitkomst", OUTCOMES, Outcome.ADVICE, "advies or procesregie");
            outcome = row.get("uitkomst") == null ? null : outcome;
            LocalDate decided = decided(cells, row, outcome, received);
            String municipality = cells.municipality("gemeente", municipalities);
            String firstName = cells.text("voornaam", false, 100);
            String prefix = cells.text("tussenvoegsel", false, 30);
            String lastName = cells.text("achternaam", false, 100);
            LocalDate birth = row.get("geboortedatum") == null ? null : cells.dateOfBirth("geboortedatum", received);
            String bsn = cells.bsn("bsn");
            Outcome chosen = outcome;
            rows.add(HistoryImport.Row.of(cells,
                    () -> new ImportedSignal(ref, received, source == null ? SourceType.OTHER : source, sourceName,
                            forms, chosen, decided, municipality, firstName, prefix, lastName, birth, bsn)));
        }
        return rows;
    }

    /** "arbeid" or "arbeid + crimineel": each known and once; the first is the primary form. */
    private static List<ExploitationType> forms(HistoryCells cells, String value) {
        List<ExploitationType> forms = new ArrayList<>();
        Set<ExploitationType> seen = EnumSet.noneOf(ExploitationType.class);
        for (String part : value == null ? new String[0] : value.split("\\+")) {
            ExploitationType form = FORMS.get(part.strip().toLowerCase(Locale.ROOT));
            if (form == null || !seen.add(form)) {
                forms.clear();
                break;
            }
            forms.add(form);
        }
        if (forms.isEmpty()) {
            cells.error("vorm", "must be seksueel, arbeid, crimineel, bedelarij, organen or onduidelijk (several"
                    + " joined with +, each once)");
        }
        return forms;
    }

    /** The outcome's date: required with an outcome, not before the signal was received; none without one. */
    private static LocalDate decided(HistoryCells cells, CsvFile.Row row, Outcome outcome, LocalDate received) {
        if (outcome == null) {
            if (row.get("afgehandeld") != null && row.get("uitkomst") == null) {
                cells.error("afgehandeld", "only applies to a decided signal (uitkomst is empty)");
            }
            return null;
        }
        LocalDate decided = cells.date("afgehandeld");
        if (decided != null && received != null && decided.isBefore(received)) {
            cells.error("afgehandeld", "is before the date the signal was received");
        }
        return decided;
    }
}
