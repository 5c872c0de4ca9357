package nl.zvh.reintegration.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.zvh.platform.security.CurrentUser;

/** What the programme's menu shows by role ({@code inject:reintRoles}): the functional administrator's history import. */
@Named("reintRoles")
@RequestScoped
public class HistoryUi {

    @Inject
    CurrentUser user;

    public boolean admin() {
        return user.hasRole("functional-admin");
    }

    public boolean coordinator() {
        return user.hasRole("reintegration-coordinator");
    }
}
