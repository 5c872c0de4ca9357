package nl.zvh.coveca.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.breakglass.BreakGlassTarget;

/** A process director of the house may ask emergency access to a case its organisation is not involved in. */
@ApplicationScoped
public class CaseBreakGlass implements BreakGlassTarget {

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
        return CovecaCase.<CovecaCase>find("id = ?1 and house = ?2", id, house).firstResultOptional()
                .map(c -> c.personIds().stream().map(UUID::toString).toList());
    }
}
