package nl.zvh.gateway.privacy;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the signed-in privacy officer supervises (issue 23): the house's own privacy officer (organisation = the house's
 * staff organisation) the whole house; a partner organisation's privacy officer only its own organisation's users'
 * entries and records. The services enforce this in their queries; the gateway says it on the pages
 * ({@code inject:privacyScope.limitedTo}) and keeps the data-subject export, which gathers every organisation's data,
 * for the house's own privacy officer.
 */
@RequestScoped
@Named("privacyScope")
public class PrivacyScope {

    @Inject
    SecurityIdentity identity;

    @Inject
    HouseStaff houses;

    /** The organisation the caller's view is limited to; null for the house's own privacy officer. */
    public String getLimitedTo() {
        String organisation = claim("organisation");
        String house = claim("house");
        Optional<String> staff = house == null
                ? Optional.empty()
                : Optional.ofNullable(houses.houses().get(house)).flatMap(HouseStaff.House::staffOrganisation);
        boolean houseWide = organisation != null && staff.map(organisation::equals).orElse(false);
        return houseWide ? null : organisation == null ? "" : organisation;
    }

    /** Whether the caller is the house's own privacy officer (sees the whole house). */
    public boolean houseWide() {
        return getLimitedTo() == null;
    }

    private String claim(String name) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object value = token.getClaim(name);
        if (value instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }
}
