package nl.zvh.gateway.landing;

import java.util.Set;
import java.util.function.Function;
import nl.zvh.gateway.i18n.AppMessages;

/** A programme tile on the landing page: which roles open it and where it lives (null path: not yet available). */
public enum Programme {
    INTAKE("/intake/ui/", AppMessages::programme_intake, "referrer", "triage-chair", "functional-admin"),
    TRIAGE("/triage/ui/", AppMessages::programme_triage, "triage-member", "triage-chair"),
    COVECA("/coveca/ui/", AppMessages::programme_coveca, "process-director"),
    REINTEGRATION("/reintegration/ui/", AppMessages::programme_reintegration, "reintegration-coordinator"),
    TRAFFICKING("/trafficking/ui/", AppMessages::programme_trafficking, "trafficking-coordinator"),
    LIFECOURSE("/lifecourse/ui/", AppMessages::programme_lifecourse, "lifecourse-coordinator",
            "lifecourse-case-manager", "cter-member"),
    FIGURES("/report", AppMessages::programme_figures, "analyst"),
    PRIVACY("/privacy", AppMessages::programme_privacy, "privacy-officer"),
    SUBJECT_ACCESS("/subject-access", AppMessages::programme_subject_access, "privacy-officer");

    private final String path;
    private final Function<AppMessages, String> title;
    private final Set<String> roles;

    Programme(String path, Function<AppMessages, String> title, String... roles) {
        this.path = path;
        this.title = title;
        this.roles = Set.of(roles);
    }

    public String path() {
        return path;
    }

    public Set<String> roles() {
        return roles;
    }

    public String title(AppMessages messages) {
        return title.apply(messages);
    }

    public boolean openFor(Set<String> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }
}
