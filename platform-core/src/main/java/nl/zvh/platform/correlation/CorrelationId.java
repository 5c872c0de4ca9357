package nl.zvh.platform.correlation;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/** The correlation id of the work in progress, carried in the logging MDC (Quarkus propagates it per request). */
public final class CorrelationId {
    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private CorrelationId() {
    }

    /** The current id, or a new one (set as current) when none is active. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        if (id == null) {
            return begin(null);
        }
        return id.toString();
    }

    /**
     * The caller's id when it is safe to forward and log (1 to 100 of letters, digits and {@code . _ : -}), else a
     * fresh UUID. The gateway and every service accept exactly the same ids, so a correlation is never lost between
     * them.
     */
    public static String accept(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    /** Starts a unit of work with the given id when it is well-formed, otherwise with a fresh one. */
    public static String begin(String candidate) {
        String id = accept(candidate);
        MDC.put(MDC_KEY, id);
        return id;
    }

    public static void end() {
        MDC.remove(MDC_KEY);
    }
}
