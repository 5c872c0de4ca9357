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

    public boolean seesWholeHouse() {
        return user.hasAnyRole(HOUSE_STAFF);
    }

    public Optional<Referral> find(UUID id) {
        String house = user.requireHouse();
        if (seesWholeHouse()) {
            return Referral.find(
                    "id = ?1 and house = ?2 and erasedAt is null" + " and (status <> ?3 or referrer.organisation = ?4)",
                    id, house, ReferralStatus.DRAFT, String.valueOf(user.organisation())).firstResultOptional();
        }
        return Referral.find("id = ?1 and house = ?2 and erasedAt is null and referrer.organisation = ?3", id, house,
                user.requireOrganisation()).firstResultOptional();
    }

    /** A referral of the caller's own organisation (to change it), whatever other roles the caller has. */
    public Optional<Referral> findOwn(UUID id) {
        return Referral.find("id = ?1 and house = ?2 and erasedAt is null and referrer.organisation = ?3", id,
                user.requireHouse(), user.requireOrganisation()).firstResultOptional();
    }

    /** HQL restriction and parameters for lists; house staff do not see other organisations' drafts. */
    String where() {
        return seesWholeHouse()
                ? "house = :house and erasedAt is null and (status <> :draft or referrer.organisation = :organisation)"
                : "house = :house and erasedAt is null and referrer.organisation = :organisation";
    }

    io.quarkus.panache.common.Parameters parameters() {
        var parameters = io.quarkus.panache.common.Parameters.with("house", user.requireHouse());
        if (seesWholeHouse()) {
            parameters = parameters.and("draft", ReferralStatus.DRAFT);
        }
        return parameters.and("organisation",
                seesWholeHouse() ? String.valueOf(user.organisation()) : user.requireOrganisation());
    }
}
