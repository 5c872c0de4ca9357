package nl.zvh.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated caller. Organisation and house come from the token claims {@code organisation} and
 * {@code house}; services scope their queries with them (never trust a house or organisation sent in a body).
 */
@RequestScoped
public class CurrentUser {
    public static final String ORGANISATION_CLAIM = "organisation";
    public static final String HOUSE_CLAIM = "house";

    @Inject
    SecurityIdentity identity;

    public String id() {
        JsonWebToken jwt = jwt();
        if (jwt != null && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** Display name for audit and UI: preferred_username when present. */
    public String name() {
        JsonWebToken jwt = jwt();
        Object preferred = jwt == null ? null : jwt.getClaim("preferred_username");
        return preferred != null ? preferred.toString() : identity.getPrincipal().getName();
    }

    public String organisation() {
        return claim(ORGANISATION_CLAIM);
    }

    /** House code of the caller, or null for national clients (e.g. the prison service). */
    public String house() {
        return claim(HOUSE_CLAIM);
    }

    /** The caller's house; a caller without one may not touch house data. */
    public String requireHouse() {
        String house = house();
        if (house == null || house.isBlank()) {
            throw new ForbiddenException("caller has no house");
        }
        return house;
    }

    public String requireOrganisation() {
        String organisation = organisation();
        if (organisation == null || organisation.isBlank()) {
            throw new ForbiddenException("caller has no organisation");
        }
        return organisation;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    private String claim(String name) {
        JsonWebToken jwt = jwt();
        if (jwt != null) {
            Object value = jwt.getClaim(name);
            if (value != null) {
                String text = value.toString();
                // a JSON string claim may arrive quoted when read as a raw JSON value
                return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
                        ? text.substring(1, text.length() - 1)
                        : text;
            }
        }
        Object attribute = identity.getAttribute(name);
        return attribute == null ? null : attribute.toString();
    }

    private JsonWebToken jwt() {
        Principal principal = identity.getPrincipal();
        return principal instanceof JsonWebToken token ? token : null;
    }
}
