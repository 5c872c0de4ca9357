package nl.zvh.triage.ui;

/** Reads a code sent by a form; anything blank or unknown is null (the page then says what to choose). */
final class Enums {
    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        return null;
    }

    /** Whether a non-blank value is not one of the constants. */
    static <E extends Enum<E>> boolean invalid(Class<E> type, String value) {
        return value != null && !value.isBlank() && parse(type, value) == null;
    }
}
