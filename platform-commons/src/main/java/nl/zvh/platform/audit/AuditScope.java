package nl.zvh.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.zvh.platform.security.CurrentUser;

/**
 * What the calling privacy officer may supervise (issue 23): the house's own privacy officer (organisation = the
 * house's staff organisation, {@link HouseStaffConfig}) the whole house; a partner organisation's privacy officer only
 * entries of its own organisation's users and entries about records its organisation owns
 * ({@link AuditRecordOwner}), and break-glass grants taken by its own users.
 */
@RequestScoped
public class AuditScope {

    @Inject
    CurrentUser user;

    @Inject
    HouseStaffConfig houses;

    /** The caller's house (403 without one). */
    public String house() {
        return user.requireHouse();
    }

    /**
     * The organisation the caller's view is limited to; empty for the house's own privacy officer, who sees the
     * house. A caller without organisation is refused (403).
     */
    public Optional<String> organisation() {
        String organisation = user.requireOrganisation();
        boolean houseStaff = houses.staffOrganisation(house()).map(organisation::equals).orElse(false);
        return houseStaff ? Optional.empty() : Optional.of(organisation);
    }
}
