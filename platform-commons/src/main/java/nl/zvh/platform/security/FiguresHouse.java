package nl.zvh.platform.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import nl.zvh.platform.audit.HouseStaffConfig;
import nl.zvh.platform.problem.ProblemException;

/**
 * The house whose figures (aggregates, never persons) a figures endpoint answers with. A national analyst (role
 * {@value #NATIONAL_ANALYST}, no house claim) compares the houses and names one with the query parameter
 * {@value #PARAMETER}: it is required and must be a known house ({@code zvh.houses.<code>.staff-organisation},
 * {@link HouseStaffConfig}), else 422 naming {@value #PARAMETER}. Every other caller reads its own house
 * ({@link CurrentUser#requireHouse()}); naming another house is refused (403), naming its own is allowed.
 */
@RequestScoped
public class FiguresHouse {
    /** The role that may read every house's figures. */
    public static final String NATIONAL_ANALYST = "national-analyst";
    /** The query parameter naming the house. */
    public static final String PARAMETER = "house";

    @Inject
    CurrentUser user;

    @Inject
    HouseStaffConfig houses;

    /** The house to answer for, given the caller's {@value #PARAMETER} parameter (may be null). */
    public String resolve(String requested) {
        if (user.hasRole(NATIONAL_ANALYST)) {
            return resolve(true, null, houses.houses().keySet(), requested);
        }
        return resolve(false, user.requireHouse(), houses.houses().keySet(), requested);
    }

    /**
     * The rule itself: {@code national} callers must name a known house; others get {@code ownHouse} and may name
     * only that one.
     */
    static String resolve(boolean national, String ownHouse, Set<String> knownHouses, String requested) {
        boolean named = requested != null && !requested.isBlank();
        if (national) {
            if (!named) {
                throw ProblemException.invalid(PARAMETER, "is required: name the house whose figures you read");
            }
            if (!knownHouses.contains(requested)) {
                throw ProblemException.invalid(PARAMETER, "is not a known house");
            }
            return requested;
        }
        if (ownHouse == null || ownHouse.isBlank()) {
            throw new ForbiddenException("caller has no house");
        }
        if (named && !requested.equals(ownHouse)) {
            throw new ForbiddenException("figures of another house");
        }
        return ownHouse;
    }
}
