package nl.zvh.intake.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.zvh.intake.referral.Decision;
import nl.zvh.intake.referral.NewReferral;
import nl.zvh.intake.referral.PersonInformed;
import nl.zvh.intake.referral.ReferralImports;
import nl.zvh.intake.referral.Urgency;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.history.HistoryCells;
import nl.zvh.platform.history.HistoryFiles;
import nl.zvh.platform.problem.Problem.FieldError;

/**
 * The previous system's referrals as CSV (docs/history-import.md): one referral per row, its main person, original
 * submission date and the table's outcome then. Columns (Dutch headers, any order, ";" or ","):
 * {@code registratienummer;ingediend;gemeente;melder;domein;probleemgebieden;urgentie;voornaam;tussenvoegsel;
 * achternaam;geboortedatum;bsn;uitkomst;besluitdatum;programma}. Dates yyyy-mm-dd or dd-mm-yyyy; problem areas as
 * codes separated by "|"; outcome aanpak / advies / geen actie / ingetrokken (or the codes). A row's own errors are
 * named {@code rows[n].<column>} with n the spreadsheet row (the header is row 1).
 */
final class ReferralHistoryCsv {
    static final List<String> REQUIRED = List.of("registratienummer", "ingediend", "gemeente", "melder",
            "probleemgebieden", "voornaam", "achternaam", "geboortedatum", "uitkomst", "besluitdatum");
    private static final Map<String, String> OUTCOMES = Map.of("aanpak", "APPROACH_STARTED", "approach_started",
            "APPROACH_STARTED", "advies", "ADVICE", "advice", "ADVICE", "geen actie", "NO_ACTION", "no_action",
            "NO_ACTION", "ingetrokken", "WITHDRAWN", "withdrawn", "WITHDRAWN");
    private static final Map<String, String> PROGRAMMES = Map.of("coveca", "COVECA", "levensloop", "LIFECOURSE",
            "lifecourse", "LIFECOURSE", "re-integratie", "REINTEGRATION", "reintegration", "REINTEGRATION",
            "mensenhandel", "TRAFFICKING", "trafficking", "TRAFFICKING", "cter", "CTER");
    private static final Map<String, String> DOMAINS = Map.of("straf", "JUSTICE", "zorg", "CARE", "bestuur",
            "MUNICIPALITY", "jeugd", "YOUTH", "wonen", "HOUSING", "overig", "OTHER");
    private static final Map<String, Urgency> URGENCIES = Map.of("normaal", Urgency.NORMAL, "normal", Urgency.NORMAL,
            "spoed", Urgency.URGENT, "urgent", Urgency.URGENT);
    /** The API's field of a referral → the CSV column a person corrects. */
    static final Map<String, String> COLUMN_OF = Map.of("mainPerson.firstName", "voornaam", "mainPerson.surnamePrefix",
            "tussenvoegsel", "mainPerson.lastName", "achternaam", "mainPerson.dateOfBirth", "geboortedatum",
            "mainPerson.bsn", "bsn", "municipality", "gemeente", "problemAreas", "probleemgebieden", "urgency",
            "urgentie", "question", "registratienummer");

    /** A row read: its number, the referral (null when the row's own cells are wrong) and the row's errors. */
    record Row(int number, ReferralImports.Imported referral, List<FieldError> errors) {
    }

    private ReferralHistoryCsv() {
    }

    /** The file's own errors (header, size), or none. */
    static List<FieldError> fileErrors(CsvFile file) {
        return HistoryFiles.fileErrors(file, REQUIRED, "referrals");
    }

    /** Reads every row; {@code today} bounds the dates (nothing from the future). */
    static List<Row> rows(CsvFile file, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (CsvFile.Row row : file.rows()) {
            HistoryCells cells = new HistoryCells(row, today);
            String ref = cells.registrationNumber(refs);
            LocalDate submitted = cells.date("ingediend");
            LocalDate decided = cells.date("besluitdatum");
            if (submitted != null && decided != null && decided.isBefore(submitted)) {
                cells.error("besluitdatum", "is before the submission date");
            }
            String outcome = cells.choice("uitkomst", OUTCOMES, null, "aanpak, advies, geen actie or ingetrokken");
            String programme = row.get("programma") == null ? null : PROGRAMMES.get(lower(row.get("programma")));
            if ("APPROACH_STARTED".equals(outcome) && programme == null) {
                cells.error("programma",
                        "is required for an approach: coveca, levensloop, re-integratie, mensenhandel or cter");
            }
            String domain = row.get("domein") == null
                    ? null
                    : cells.choice("domein", DOMAINS, null, "straf, zorg, bestuur, jeugd, wonen or overig");
            Urgency urgency = cells.choice("urgentie", URGENCIES, Urgency.NORMAL, "normaal or spoed");
            String organisation = cells.text("melder", true, 200);
            if (!cells.valid()) {
                rows.add(new Row(row.number(), null, cells.errors()));
                continue;
            }
            LocalDate birth = HistoryCells.parse(row.get("geboortedatum"));
            NewReferral content = new NewReferral(
                    new NewReferral.PersonInput(row.get("voornaam"), row.get("tussenvoegsel"), row.get("achternaam"),
                            birth, row.get("bsn"), null, null, null),
                    List.of(), row.get("gemeente"), problemAreas(row.get("probleemgebieden")), HistoryFiles.origin(ref),
                    null, urgency, PersonInformed.INFORMED, null, null);
            boolean withdrawn = "WITHDRAWN".equals(outcome);
            java.time.Instant decidedAt = HistoryFiles.noon(decided);
            rows.add(new Row(row.number(),
                    new ReferralImports.Imported(ref, content, organisation, domain, HistoryFiles.noon(submitted),
                            withdrawn ? null : new Decision(decidedAt, outcome, programme, null),
                            withdrawn ? decidedAt : null),
                    List.of()));
        }
        return rows;
    }

    private static Set<String> problemAreas(String value) {
        Set<String> codes = new LinkedHashSet<>();
        if (value != null) {
            Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toUpperCase(Locale.ROOT)).forEach(codes::add);
        }
        return codes;
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
