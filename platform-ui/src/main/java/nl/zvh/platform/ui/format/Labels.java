package nl.zvh.platform.ui.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * What a person reads for a code: {@code META-INF/zvh/labels_nl.properties} and {@code labels_en.properties}, one
 * per jar (the platform's own and each service's), merged. Keys are {@code EnumSimpleName.CONSTANT} (or the fully
 * qualified enum name when two enums of a service share a simple name), values the Dutch or English text.
 */
public final class Labels {

    private static final Logger LOG = Logger.getLogger(Labels.class);
    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Labels() {
    }

    /** The label of an enum constant; a missing label is logged and shows the constant (tests look for those). */
    public static String of(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        Map<String, String> labels = labels(language(locale));
        Class<?> type = value.getDeclaringClass();
        String label = labels.get(type.getName() + "." + value.name());
        if (label == null) {
            label = labels.get(type.getSimpleName() + "." + value.name());
        }
        if (label == null) {
            LOG.warnf("No %s label for %s.%s", language(locale), type.getSimpleName(), value.name());
            return value.name();
        }
        return label;
    }

    /** The label of a key ({@code Group.CODE}) when a code is stored as text; null when there is none. */
    public static String ofKey(String key, Locale locale) {
        return key == null ? null : labels(language(locale)).get(key);
    }

    /** Whether both languages have a label for this constant (for the services' completeness tests). */
    public static boolean hasLabel(Enum<?> value, String language) {
        Map<String, String> labels = labels(language);
        Class<?> type = value.getDeclaringClass();
        return labels.containsKey(type.getName() + "." + value.name())
                || labels.containsKey(type.getSimpleName() + "." + value.name());
    }

    private static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "nl";
    }

    private static Map<String, String> labels(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, Labels::load);
    }

    private static Map<String, String> load(String language) {
        Map<String, String> merged = new HashMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = Labels.class.getClassLoader();
        }
        try {
            Enumeration<URL> files = loader.getResources("META-INF/zvh/labels_" + language + ".properties");
            while (files.hasMoreElements()) {
                Properties properties = new Properties();
                try (InputStream in = files.nextElement().openStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                properties.forEach((key, text) -> merged.put(key.toString(), text.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("labels_" + language + " unreadable", e);
        }
        return Map.copyOf(merged);
    }
}
