package nl.zvh.platform.ui.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.zvh.platform.ui.format.Labels;

/** One choice of a select or a group of radio buttons or check boxes: the value sent and the text read. */
public record Option(String value, String label) {

    /** Every constant of an enum, labelled in the given language. */
    public static <E extends Enum<E>> List<Option> of(Class<E> type, Locale locale) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Option(e.name(), Labels.of(e, locale))).toList();
    }

    /** These constants, labelled in the given language. */
    @SafeVarargs
    public static <E extends Enum<E>> List<Option> of(Locale locale, E... constants) {
        List<Option> options = new ArrayList<>(constants.length);
        for (E e : constants) {
            options.add(new Option(e.name(), Labels.of(e, locale)));
        }
        return List.copyOf(options);
    }
}
