package nl.zvh.coveca.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.zvh.platform.security.CurrentUser;

/**
 * What coveca's menu ({@code covecaNav}) shows by role ({@code inject:covecaRoles}): the process directors' pages
 * (worklist, groups) and the functional administrator's history import.
 */
@Named("covecaRoles")
@RequestScoped
public class HistoryUi {

    @Inject
    CurrentUser user;

    public boolean director() {
        return user.hasRole("process-director");
    }

    public boolean admin() {
        return user.hasRole("functional-admin");
    }
}
