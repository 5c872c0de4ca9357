package nl.zvh.lifecourse.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.Candidate;
import nl.zvh.lifecourse.candidates.CandidateStatus;
import nl.zvh.lifecourse.candidates.LifecourseAudit;
import nl.zvh.platform.breakglass.BreakGlassGrant;
import nl.zvh.platform.breakglass.BreakGlassOwner;
import nl.zvh.platform.breakglass.BreakGlassReviews;
import nl.zvh.platform.breakglass.BreakGlassTarget;

/**
 * Emergency access to a life-course client is for nobody: the case managers are external professionals (issue 23:
 * break-glass is not for them) and the house's coordinators see every client already. A request is refused with 403
 * (and audited as refused); a case manager who must act for a client asks the coordinator to assign them. Should a
 * grant exist (a role allowed later), the organisation of the client's current case manager is its owner and reads
 * the notice on the client's page ({@code inject:clientBreakGlass.notices(id)}).
 */
@ApplicationScoped
@Named("clientBreakGlass")
public class ClientBreakGlass implements BreakGlassTarget {

    @Inject
    BreakGlassReviews reviews;

    @Override
    public String resourceType() {
        return LifecourseAudit.CANDIDATE;
    }

    @Override
    public Set<String> requesterRoles() {
        return Set.of();
    }

    @Override
    public Optional<List<String>> persons(String house, UUID id) {
        return find(house, id).map(c -> List.of(c.personId().toString()));
    }

    @Override
    public Optional<BreakGlassOwner> owner(String house, UUID id) {
        return find(house, id).flatMap(ClientBreakGlass::caseManager)
                .map(m -> BreakGlassOwner.organisation(m.organisation));
    }

    /** Emergency grants of the last 30 days on this client, when the caller's organisation is its case manager's. */
    public List<BreakGlassGrant> notices(UUID clientId) {
        return reviews.noticesForOwner(resourceType(), clientId.toString());
    }

    private static Optional<CaseManager> caseManager(Candidate client) {
        return CaseManager.<CaseManager>find("client = ?1 and endedAt is null order by assignedAt", client)
                .firstResultOptional();
    }

    private static Optional<Candidate> find(String house, UUID id) {
        return Candidate.<Candidate>find("id = ?1 and house = ?2 and status = ?3", id, house, CandidateStatus.INCLUDED)
                .firstResultOptional();
    }
}
