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

/** A case manager may ask emergency access to an included client of the house not assigned to them. */
@ApplicationScoped
public class ClientBreakGlass implements BreakGlassTarget {

    @Override
    public String resourceType() {
        return LifecourseAudit.CANDIDATE;
    }

    @Override
    public Set<String> requesterRoles() {
        return Set.of("lifecourse-case-manager");
    }

    @Override
    public Optional<List<String>> persons(String house, UUID id) {
        return Candidate.<Candidate>find("id = ?1 and house = ?2 and status = ?3", id, house, CandidateStatus.INCLUDED)
                .firstResultOptional().map(c -> List.of(c.personId().toString()));
    }
}
