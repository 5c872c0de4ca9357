package nl.zvh.coveca.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Lenient reading of other services' events: unknown or missing enum codes fall back to a default; a moment becomes
 * the Dutch calendar day it fell on.
 */
final class Codes {
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private Codes() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code, E fallback) {
        if (code == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** The day in the Netherlands {@code moment} fell on; null for null. */
    static LocalDate dayOf(Instant moment) {
        return moment == null ? null : moment.atZone(NL).toLocalDate();
    }
}
