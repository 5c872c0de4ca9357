package nl.zvh.triage.effect;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quarters as partners write them ({@code 2026-Q1}) and as the figures count them (their first day). */
final class Quarters {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private Quarters() {
    }

    /** The first day of the quarter written as {@code 2026-Q1}, or null when it is not written so. */
    static LocalDate parse(String quarter) {
        Matcher m = quarter == null ? null : QUARTER.matcher(quarter.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
    }

    /** The first day of the quarter the date is in. */
    static LocalDate of(LocalDate date) {
        return LocalDate.of(date.getYear(), (date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
    }

    /** How many quarters {@code to} lies after {@code from} (negative: before). */
    static long between(LocalDate from, LocalDate to) {
        return java.time.temporal.ChronoUnit.MONTHS.between(from, to) / 3;
    }
}
