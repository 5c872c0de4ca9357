package nl.zvh.coveca.cases;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.coveca.config.CovecaConfig;
import nl.zvh.platform.breakglass.BreakGlass;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Which cases the caller sees, enforced in the query: the house's own process directors (the house's staff
 * organisation, {@code zvh.coveca.houses.<code>.staff-organisation}) see every case of their house; a partner's
 * process director sees only the cases its organisation is involved in. Anything else is "not found".
 */
@RequestScoped
public class CaseScope {
    private static final String INVOLVED = "exists (select 1 from CasePartner p where p.caseFile = c"
            + " and lower(p.organisation) = lower(:organisation))";

    @Inject
    CurrentUser user;

    @Inject
    CovecaConfig config;

    @Inject
    BreakGlass breakGlass;

    public boolean isHouseStaff() {
        String organisation = user.organisation();
        return organisation != null
                && config.staffOrganisation(user.requireHouse()).map(organisation::equalsIgnoreCase).orElse(false);
    }

    public Optional<CovecaCase> find(UUID id) {
        return CovecaCase.find("select c from CovecaCase c where c.id = :id and " + where(), parameters().and("id", id))
                .firstResultOptional();
    }

    /**
     * For reading only: the case the caller sees, or else one of the caller's house it holds a valid break-glass
     * grant for (the request's audit entries are then marked break-glass); else a 404 problem.
     */
    public CovecaCase requireReadable(UUID id) {
        return find(id).or(() -> breakGlass.use(CaseAudit.TYPE, id.toString()).flatMap(grant -> inHouse(id)))
                .orElseThrow(() -> ProblemException.notFound("case " + id));
    }

    /** A case of the caller's house regardless of organisation (break-glass lookups only). */
    public Optional<CovecaCase> inHouse(UUID id) {
        return CovecaCase.find("id = ?1 and house = ?2", id, user.requireHouse()).firstResultOptional();
    }

    /** The case when the caller sees it, else a 404 problem. */
    public CovecaCase require(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("case " + id));
    }

    /** An open case the caller sees (409 when it is closed). */
    public CovecaCase requireOpen(UUID id) {
        CovecaCase c = require(id);
        c.requireOpen();
        return c;
    }

    /** HQL restriction on alias {@code c}. */
    public String where() {
        return isHouseStaff()
                ? "c.house = :house and c.erasedAt is null"
                : "c.house = :house and c.erasedAt is null and " + INVOLVED;
    }

    public Parameters parameters() {
        Parameters parameters = Parameters.with("house", user.requireHouse());
        return isHouseStaff() ? parameters : parameters.and("organisation", user.requireOrganisation());
    }
}
