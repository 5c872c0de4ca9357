package nl.zvh.intake.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.security.CurrentUser;

/**
 * Which referrals the caller may see, enforced in the query: house staff (triage table) see their house's;
 * a referrer sees only its own organisation's in its own house. Anything outside the scope is "not found".
 */
@RequestScoped
public class ReferralScope {
    static final String[] HOUSE_STAFF = {"triage-chair", "triage-member"};

    @Inject
    CurrentUser user;

    boolean seesWholeHouse() {
        return user.hasAnyRole(HOUSE_STAFF);
    }

    Optional<Referral> find(UUID id) {
        String house = user.requireHouse();
        if (seesWholeHouse()) {
            return Referral.find("id = ?1 and house = ?2", id, house).firstResultOptional();
        }
        return Referral.find("id = ?1 and house = ?2 and referrerOrganisation = ?3", id, house,
                user.requireOrganisation()).firstResultOptional();
    }

    /** HQL restriction and parameters for lists. */
    String where() {
        return seesWholeHouse() ? "house = :house" : "house = :house and referrerOrganisation = :organisation";
    }

    io.quarkus.panache.common.Parameters parameters() {
        var parameters = io.quarkus.panache.common.Parameters.with("house", user.requireHouse());
        return seesWholeHouse() ? parameters : parameters.and("organisation", user.requireOrganisation());
    }
}
