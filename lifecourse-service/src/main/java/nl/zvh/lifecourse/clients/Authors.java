package nl.zvh.lifecourse.clients;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.shell.Shell;

/**
 * The author of a note as colleagues read it: the caller's display name and organisation ("Anna de Vries,
 * Woonkwartier"), or the organisation alone when the token carries no name; never the login name.
 */
@RequestScoped
public class Authors {
    @Inject
    Shell shell;

    @Inject
    CurrentUser user;

    public String name() {
        String display = shell.user().displayName();
        String organisation = user.organisation();
        if (display == null || display.isBlank()) {
            return organisation;
        }
        return organisation == null ? display : display + ", " + organisation;
    }
}
