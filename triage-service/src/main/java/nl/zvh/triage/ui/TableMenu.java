package nl.zvh.triage.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.zvh.platform.security.CurrentUser;

/** What the programme's menu offers the signed-in person: {@code {inject:tableMenu.triage}}. */
@Named("tableMenu")
@RequestScoped
public class TableMenu {
    @Inject
    CurrentUser user;

    /** Whether the person sits at the integral triage table (queue, agenda, checks). */
    public boolean triage() {
        return user.hasAnyRole("triage-member", "triage-chair");
    }
}
