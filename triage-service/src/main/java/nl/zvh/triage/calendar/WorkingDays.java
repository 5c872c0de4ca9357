package nl.zvh.triage.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * Dutch working days. Public holidays counted as days off: New Year's Day, Easter Monday, King's Day (27 April, or
 * 26 April when the 27th is a Sunday), Liberation Day (5 May, every year: the government and most partner
 * organisations of the houses close that day), Ascension Day, Whit Monday, Christmas Day and Boxing Day. Good
 * Friday is not a general day off in the Netherlands and counts as a working day. Easter and Whitsunday fall on a
 * Sunday and are weekend days anyway.
 */
public final class WorkingDays {
    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
    }

    public static boolean isPublicHoliday(LocalDate date) {
        int year = date.getYear();
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        return date.equals(LocalDate.of(year, Month.JANUARY, 1)) || date.equals(easter.plusDays(1))
                || date.equals(kingsDay) || date.equals(LocalDate.of(year, Month.MAY, 5))
                || date.equals(easter.plusDays(39)) || date.equals(easter.plusDays(50))
                || date.equals(LocalDate.of(year, Month.DECEMBER, 25))
                || date.equals(LocalDate.of(year, Month.DECEMBER, 26));
    }

    /** The date {@code days} working days before {@code date} (the date itself not counted). */
    public static LocalDate workingDaysBefore(LocalDate date, int days) {
        LocalDate result = date;
        int counted = 0;
        while (counted < days) {
            result = result.minusDays(1);
            if (isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    /** The number of working days from {@code from} (exclusive) up to {@code to} (inclusive); 0 when to <= from. */
    public static int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
