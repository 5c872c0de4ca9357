package nl.zvh.lifecourse.ui;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Which of the programme's pages the signed-in person's roles open, read in templates as {@code {inject:access...}}
 * for the menu and the start page; the same roles as the pages' {@code @RolesAllowed}, so no link answers 403.
 */
@RequestScoped
@Named("access")
public class Access {
    static final String COORDINATOR = "lifecourse-coordinator";
    static final String CASE_MANAGER = "lifecourse-case-manager";
    static final String CTER_MEMBER = "cter-member";
    public static final String FUNCTIONAL_ADMIN = "functional-admin";

    @Inject
    SecurityIdentity identity;

    /** The client list and client pages. */
    public boolean clients() {
        return coordinator() || identity.hasRole(CASE_MANAGER);
    }

    /** The inclusion agenda; also: the client list is the whole house's. */
    public boolean coordinator() {
        return identity.hasRole(COORDINATOR);
    }

    /** The CTER weighing agenda. */
    public boolean cter() {
        return identity.hasRole(CTER_MEMBER);
    }

    /** Taking over the house's history from its previous system. */
    public boolean admin() {
        return identity.hasRole(FUNCTIONAL_ADMIN);
    }
}
