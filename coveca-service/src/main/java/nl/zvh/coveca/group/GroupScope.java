package nl.zvh.coveca.group;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseScope;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Which groups the caller sees, enforced in the query: the house's own process directors every group of the house;
 * a partner's process director only the groups its organisation opened. Anything else is "not found".
 */
@RequestScoped
public class GroupScope {

    @Inject
    CurrentUser user;

    @Inject
    CaseScope cases;

    /** HQL restriction on alias {@code g}. */
    String where() {
        return cases.isHouseStaff()
                ? "g.house = :house"
                : "g.house = :house and lower(g.organisation) = lower(:organisation)";
    }

    Parameters parameters() {
        Parameters parameters = Parameters.with("house", user.requireHouse());
        return cases.isHouseStaff() ? parameters : parameters.and("organisation", user.requireOrganisation());
    }

    /** The group when the caller sees it, else a 404 problem. */
    CovecaGroup require(UUID id) {
        return CovecaGroup
                .<CovecaGroup>find("select g from CovecaGroup g where g.id = :id and " + where(),
                        parameters().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("group " + id));
    }

    /** A subgroup of a group the caller sees, else a 404 problem. */
    Subgroup requireSubgroup(CovecaGroup group, UUID subgroupId) {
        return Subgroup.<Subgroup>find("id = ?1 and groupId = ?2", subgroupId, group.id()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("subgroup " + subgroupId));
    }
}
