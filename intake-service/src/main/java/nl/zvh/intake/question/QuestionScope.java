package nl.zvh.intake.question;

import io.quarkus.panache.common.Parameters;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.audit.HouseStaffConfig;
import nl.zvh.platform.security.CurrentUser;

/**
 * Who may do what with questions, enforced in the query. The house's staff (the caller's organisation is the house's
 * staff organisation, {@code zvh.houses.<code>.staff-organisation}, and the caller has one of {@link #STAFF_ROLES})
 * see, enter and answer every question of their house; a partner's professional (a referrer, or a process director of
 * a partner organisation) asks in the portal and sees only its own organisation's questions in its own house; only a
 * referrer turns its organisation's question into a referral (referrers file referrals). Anyone else is refused
 * (403); a question outside the caller's scope is "not found".
 */
@RequestScoped
public class QuestionScope {
    /** The realm roles a member of the house's own staff organisation answers questions with. */
    public static final String[] STAFF_ROLES = {"process-director", "triage-chair", "triage-member"};
    /** The realm roles a partner's professional asks the house with. */
    public static final String[] ASKER_ROLES = {"referrer", "process-director"};

    @Inject
    CurrentUser user;

    @Inject
    HouseStaffConfig houses;

    /** True when the caller works for the house's own staff organisation in one of the staff roles. */
    public boolean houseStaff() {
        return user.hasAnyRole(STAFF_ROLES) && houses.isStaffOrganisation(user.house(), user.organisation());
    }

    /** True when the caller asks as a partner (a referrer or process director who is not the house's staff). */
    public boolean asker() {
        return !houseStaff() && user.hasAnyRole(ASKER_ROLES);
    }

    /** Refuses (403) anyone who is neither the house's staff nor a partner's asker. */
    public void requireStaffOrAsker() {
        user.requireHouse();
        if (!houseStaff() && !user.hasAnyRole(ASKER_ROLES)) {
            throw new ForbiddenException("only the house's staff and referrers handle questions");
        }
    }

    /** Refuses (403) anyone who is not the house's staff. */
    public void requireStaff() {
        user.requireHouse();
        if (!houseStaff()) {
            throw new ForbiddenException("only the house's own staff answers questions");
        }
    }

    /** The question if the caller may see it: staff the house's, a referrer its own organisation's. */
    public Optional<Question> find(UUID id) {
        requireStaffOrAsker();
        if (houseStaff()) {
            return Question.find("id = ?1 and house = ?2 and erasedAt is null", id, user.requireHouse())
                    .firstResultOptional();
        }
        return Question.find("id = ?1 and house = ?2 and erasedAt is null and askerOrganisation = ?3", id,
                user.requireHouse(), user.requireOrganisation()).firstResultOptional();
    }

    /** HQL restriction of lists. */
    String where() {
        return houseStaff()
                ? "house = :house and erasedAt is null"
                : "house = :house and erasedAt is null and askerOrganisation = :organisation";
    }

    Parameters parameters() {
        Parameters parameters = Parameters.with("house", user.requireHouse());
        return houseStaff() ? parameters : parameters.and("organisation", user.requireOrganisation());
    }
}
