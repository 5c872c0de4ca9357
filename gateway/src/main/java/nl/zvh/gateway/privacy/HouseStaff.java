package nl.zvh.gateway.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;
import java.util.Optional;

/**
 * Each house's own staff organisation ({@code zvh.houses.<code>.staff-organisation}), the same setting the services
 * read from platform-commons: its privacy officer supervises the whole house, a partner's privacy officer only its own
 * organisation's part ({@link PrivacyScope}).
 */
@ConfigMapping(prefix = "zvh.houses")
public interface HouseStaff {

    @WithParentName
    Map<String, House> houses();

    /** One house. */
    interface House {
        /** The organisation of the house's own staff, as the token's {@code organisation} claim spells it. */
        Optional<String> staffOrganisation();
    }
}
