package nl.zvh.platform.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;
import java.util.Optional;

/**
 * Each house's own staff organisation ({@code zvh.houses.<code>.staff-organisation=ZVH De Markiezaten}). A privacy
 * officer of that organisation supervises the whole house; a partner organisation's privacy officer only what its own
 * organisation's users did and what concerns its own records ({@link AuditScope}). A house without a staff
 * organisation has no house-wide privacy officer.
 */
@ConfigMapping(prefix = "zvh.houses")
public interface HouseStaffConfig {

    @WithParentName
    Map<String, House> houses();

    /** One house's settings. */
    interface House {
        /** The organisation of the house's own staff, as the token's {@code organisation} claim spells it. */
        Optional<String> staffOrganisation();
    }

    /** Whether the organisation is the house's own staff organisation (false for a house without one). */
    default boolean isStaffOrganisation(String house, String organisation) {
        return house != null && organisation != null
                && staffOrganisation(house).map(organisation::equals).orElse(false);
    }

    /** The house's staff organisation, if the house has one. */
    default Optional<String> staffOrganisation(String house) {
        House settings = houses().get(house);
        return settings == null ? Optional.empty() : settings.staffOrganisation();
    }
}
