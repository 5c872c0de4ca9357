package nl.zvh.gateway.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.zvh.platform.ui.format.Labels;
import org.jboss.logging.Logger;

/**
 * What a person reads for the codes in the services' audit rows, which arrive as JSON text (not as enums): the
 * gateway's {@code META-INF/zvh/labels_*.properties} by key {@code Group.CODE}. A code without a label is logged
 * and shown as it is, so it stays traceable.
 */
public final class CodeLabels {
    private static final Logger LOG = Logger.getLogger(CodeLabels.class);
    /** Keycloak's own roles every account has: they say nothing about why someone had access. */
    private static final List<String> TECHNICAL_ROLES = List.of("offline_access", "uma_authorization");

    private CodeLabels() {
    }

    /** The label of {@code group.code}, or the code itself when there is none (logged); empty for no code. */
    public static String of(String group, String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String label = Labels.ofKey(group + "." + code, locale);
        if (label == null) {
            LOG.warnf("No label for %s.%s", group, code);
            return code;
        }
        return label;
    }

    /** Whether there is a label for {@code group.code}. */
    public static boolean has(String group, String code, Locale locale) {
        return code != null && Labels.ofKey(group + "." + code, locale) != null;
    }

    /** A service (route name such as {@code coveca}) by the name of its programme. */
    public static String service(String service, Locale locale) {
        if (service == null) {
            return "";
        }
        String label = Labels.ofKey("Programme." + service.toUpperCase(Locale.ROOT), locale);
        return label == null ? service : label;
    }

    /** The realm roles of a comma-separated list as names, without Keycloak's technical roles. */
    public static String roles(String roles, Locale locale) {
        if (roles == null || roles.isBlank()) {
            return "";
        }
        return Arrays.stream(roles.split(",")).map(String::strip)
                .filter(r -> !r.isEmpty() && !TECHNICAL_ROLES.contains(r) && !r.startsWith("default-roles-"))
                .map(r -> of("Role", r, locale)).filter(Objects::nonNull).distinct().collect(Collectors.joining(", "));
    }
}
