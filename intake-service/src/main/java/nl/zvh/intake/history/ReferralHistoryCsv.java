package nl.zvh.intake.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
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
    static final int MAX_ROWS = 5000;
    static final List<String> REQUIRED = List.of("registratienummer", "ingediend", "gemeente", "melder",
            "probleemgebieden", "voornaam", "achternaam", "geboortedatum", "uitkomst", "besluitdatum");
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final Map<String, String> OUTCOMES = Map.of("aanpak", "APPROACH_STARTED", "approach_started",
            "APPROACH_STARTED", "advies", "ADVICE", "advice", "ADVICE", "geen actie", "NO_ACTION", "no_action",
            "NO_ACTION", "ingetrokken", "WITHDRAWN", "withdrawn", "WITHDRAWN");
    private static final Map<String, String> PROGRAMMES = Map.of("coveca", "COVECA", "levensloop", "LIFECOURSE",
            "lifecourse", "LIFECOURSE", "re-integratie", "REINTEGRATION", "reintegration", "REINTEGRATION",
            "mensenhandel", "TRAFFICKING", "trafficking", "TRAFFICKING", "cter", "CTER");
    private static final Map<String, String> DOMAINS = Map.of("straf", "JUSTICE", "zorg", "CARE", "bestuur",
            "MUNICIPALITY", "jeugd", "YOUTH", "wonen", "HOUSING", "overig", "OTHER");
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
        List<FieldError> errors = new ArrayList<>();
        if (file.header().isEmpty()) {
            errors.add(new FieldError("file", "is empty: a header row is required"));
            return errors;
        }
        file.missing(REQUIRED).forEach(c -> errors.add(new FieldError("file", "the column " + c + " is missing")));
        if (file.rows().isEmpty()) {
            errors.add(new FieldError("file", "holds no referrals"));
        }
        if (file.rows().size() > MAX_ROWS) {
            errors.add(new FieldError("file", "at most " + MAX_ROWS + " rows per file"));
        }
        return errors;
    }

    /** Reads every row; {@code today} bounds the dates (nothing from the future). */
    static List<Row> rows(CsvFile file, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (CsvFile.Row row : file.rows()) {
            List<FieldError> errors = new ArrayList<>();
            String ref = row.get("registratienummer");
            if (ref == null || ref.length() > 100) {
                errors.add(error(row, "registratienummer", "is required (at most 100 characters)"));
            } else if (!refs.add(ref)) {
                errors.add(error(row, "registratienummer", "occurs twice in the file"));
            }
            LocalDate submitted = date(row, "ingediend", today, errors);
            LocalDate decided = date(row, "besluitdatum", today, errors);
            if (submitted != null && decided != null && decided.isBefore(submitted)) {
                errors.add(error(row, "besluitdatum", "is before the submission date"));
            }
            String outcome = OUTCOMES.get(lower(row.get("uitkomst")));
            if (outcome == null) {
                errors.add(error(row, "uitkomst", "must be aanpak, advies, geen actie or ingetrokken"));
            }
            String programme = row.get("programma") == null ? null : PROGRAMMES.get(lower(row.get("programma")));
            if ("APPROACH_STARTED".equals(outcome) && programme == null) {
                errors.add(error(row, "programma",
                        "is required for an approach: coveca, levensloop, re-integratie, mensenhandel or cter"));
            }
            String domain = row.get("domein") == null ? null : DOMAINS.get(lower(row.get("domein")));
            if (row.get("domein") != null && domain == null) {
                errors.add(error(row, "domein", "must be straf, zorg, bestuur, jeugd, wonen or overig"));
            }
            Urgency urgency = row.get("urgentie") == null ? Urgency.NORMAL : urgency(row.get("urgentie"));
            if (urgency == null) {
                errors.add(error(row, "urgentie", "must be normaal or spoed"));
            }
            String organisation = row.get("melder");
            if (organisation == null || organisation.length() > 200) {
                errors.add(error(row, "melder", "is required (at most 200 characters)"));
            }
            if (!errors.isEmpty()) {
                rows.add(new Row(row.number(), null, errors));
                continue;
            }
            LocalDate birth = parse(row.get("geboortedatum"));
            NewReferral content = new NewReferral(
                    new NewReferral.PersonInput(row.get("voornaam"), row.get("tussenvoegsel"), row.get("achternaam"),
                            birth, row.get("bsn"), null, null, null),
                    List.of(), row.get("gemeente"), problemAreas(row.get("probleemgebieden")),
                    "Overgenomen uit het vorige registratiesysteem (registratienummer " + ref + ").", null, urgency,
                    PersonInformed.INFORMED, null, null);
            boolean withdrawn = "WITHDRAWN".equals(outcome);
            java.time.Instant decidedAt = decided.atTime(12, 0).atZone(NL).toInstant();
            rows.add(new Row(row.number(), new ReferralImports.Imported(ref, content, organisation, domain,
                    submitted.atTime(12, 0).atZone(NL).toInstant(),
                    withdrawn ? null : new Decision(decidedAt, outcome, programme, null), withdrawn ? decidedAt : null),
                    List.of()));
        }
        return rows;
    }

    /** {@code rows[3].gemeente}: the spreadsheet row and the column. */
    static FieldError error(CsvFile.Row row, String column, String message) {
        return new FieldError("rows[" + row.number() + "]." + column, message);
    }

    private static LocalDate date(CsvFile.Row row, String column, LocalDate today, List<FieldError> errors) {
        LocalDate date = parse(row.get(column));
        if (date == null) {
            errors.add(error(row, column, "must be a date (yyyy-mm-dd or dd-mm-yyyy)"));
        } else if (date.isAfter(today)) {
            errors.add(error(row, column, "is in the future"));
        } else if (date.getYear() < 2000) {
            errors.add(error(row, column, "is before 2000"));
        }
        return date;
    }

    private static LocalDate parse(String value) {
        try {
            return value == null ? null : LocalDate.parse(CsvFile.isoDate(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Urgency urgency(String value) {
        return switch (lower(value)) {
            case "normaal", "normal" -> Urgency.NORMAL;
            case "spoed", "urgent" -> Urgency.URGENT;
            default -> null;
        };
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
