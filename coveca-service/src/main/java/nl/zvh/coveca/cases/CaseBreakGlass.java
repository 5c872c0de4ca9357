package nl.zvh.coveca.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.breakglass.BreakGlassGrant;
import nl.zvh.platform.breakglass.BreakGlassOwner;
import nl.zvh.platform.breakglass.BreakGlassReviews;
import nl.zvh.platform.breakglass.BreakGlassTarget;

/**
 * A process director of the house may ask emergency access to a case its organisation is not involved in. The case's
 * own process director is its owner: the case page tells them who broke the glass
 * ({@code inject:caseBreakGlass.notices(id)}).
 */
@ApplicationScoped
@Named("caseBreakGlass")
public class CaseBreakGlass implements BreakGlassTarget {

    @Inject
    BreakGlassReviews reviews;

    @Override
    public String resourceType() {
        return CaseAudit.TYPE;
    }

    @Override
    public Set<String> requesterRoles() {
        return Set.of("process-director");
    }

    @Override
    public Optional<List<String>> persons(String house, UUID id) {
        return find(house, id).map(c -> c.personIds().stream().map(UUID::toString).toList());
    }

    @Override
    public Optional<BreakGlassOwner> owner(String house, UUID id) {
        return find(house, id).map(CovecaCase::processDirectorId).map(BreakGlassOwner::user);
    }

    /** Emergency grants of the last 30 days on this case, when the caller is its process director. */
    public List<BreakGlassGrant> notices(UUID caseId) {
        return reviews.noticesForOwner(resourceType(), caseId.toString());
    }

    private static Optional<CovecaCase> find(String house, UUID id) {
        return CovecaCase.<CovecaCase>find("id = ?1 and house = ?2", id, house).firstResultOptional();
    }
}
