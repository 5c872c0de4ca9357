package nl.zvh.platform.ui.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The programmes of the platform in the order of the case flow: where each lives at the gateway and which realm
 * roles open it. The one catalogue behind the landing page's tiles and every page's programme menu.
 */
public enum Programme {
    INTAKE("/intake", "/intake/ui/", "referrer", "triage-chair", "functional-admin", "process-director"), TRIAGE(
            "/triage", "/triage/ui/", "triage-member", "triage-chair", "process-director"), COVECA("/coveca",
                    "/coveca/ui/", "process-director", "case-partner",
                    "functional-admin"), REINTEGRATION("/reintegration", "/reintegration/ui/",
                            "reintegration-coordinator", "functional-admin"), TRAFFICKING("/trafficking",
                                    "/trafficking/ui/", "trafficking-coordinator",
                                    "functional-admin"), LIFECOURSE("/lifecourse", "/lifecourse/ui/",
                                            "lifecourse-coordinator", "lifecourse-case-manager", "cter-member",
                                            "functional-admin"), FIGURES("/report", "/report", "analyst"), NATIONAL(
                                                    "/national", "/national", "national-analyst"), PRIVACY("/privacy",
                                                            "/privacy",
                                                            "privacy-officer"), SUBJECT_ACCESS("/subject-access",
                                                                    "/subject-access", "privacy-officer");

    private final String prefix;
    private final String home;
    private final Set<String> roles;

    Programme(String prefix, String home, String... roles) {
        this.prefix = prefix;
        this.home = home;
        this.roles = Set.of(roles);
    }

    /** The path every page of the programme starts with at the gateway. */
    public String prefix() {
        return prefix;
    }

    /** The programme's start page at the gateway. */
    public String home() {
        return home;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean openFor(Set<String> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }

    /** The programmes these roles open, in the order of the case flow. */
    public static List<Programme> openTo(Set<String> userRoles) {
        return Arrays.stream(values()).filter(p -> p.openFor(userRoles)).toList();
    }

    /** The programme a gateway path belongs to, or null (the landing page, the API documentation). */
    public static Programme of(String path) {
        if (path == null) {
            return null;
        }
        for (Programme programme : values()) {
            if (path.equals(programme.prefix) || path.startsWith(programme.prefix + "/")) {
                return programme;
            }
        }
        return null;
    }
}
