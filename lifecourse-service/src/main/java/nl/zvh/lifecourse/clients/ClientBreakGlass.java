package nl.zvh.lifecourse.clients;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.Candidate;
import nl.zvh.lifecourse.candidates.CandidateStatus;
import nl.zvh.lifecourse.candidates.LifecourseAudit;
import nl.zvh.platform.breakglass.BreakGlassTarget;

/**
 * Emergency access to a life-course client is for nobody: the case managers are external professionals (issue 23:
 * break-glass is not for them) and the house's coordinators see every client already. A request is refused with 403
 * (and audited as refused); a case manager who must act for a client asks the coordinator to assign them.
 */
@ApplicationScoped
public class ClientBreakGlass implements BreakGlassTarget {

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
        return Candidate.<Candidate>find("id = ?1 and house = ?2 and status = ?3", id, house, CandidateStatus.INCLUDED)
                .firstResultOptional().map(c -> List.of(c.personId().toString()));
    }
}
