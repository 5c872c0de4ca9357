package nl.zvh.coveca.opening;

/** Lenient reading of enum codes from other services' events: unknown or missing codes fall back to a default. */
final class Codes {
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
}
