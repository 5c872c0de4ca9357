package nl.zvh.lifecourse.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.zvh.lifecourse.candidates.Candidate;
import nl.zvh.lifecourse.candidates.LifecourseAudit;
import nl.zvh.lifecourse.clients.ClientRequests.ClientSummary;
import nl.zvh.lifecourse.clients.ClientRequests.ClientView;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.problem.ProblemException;

/**
 * The clients the caller sees ({@link ClientScope}): listed, read and changed, one transaction each, every access
 * audited with {@link ClientScope#PURPOSE}.
 */
@ApplicationScoped
public class Clients {
    @Inject
    ClientScope scope;

    @Inject
    ClientFiles files;

    @Inject
    LifecourseAudit audit;

    @Transactional
    public List<ClientSummary> list() {
        List<Candidate> clients = scope.list();
        clients.forEach(c -> audit.candidate(AuditAction.SEARCH, c, ClientScope.PURPOSE));
        return clients.stream().map(c -> new ClientSummary(c.id(), c.fullName(), c.municipality(), c.includedAt(),
                files.hasSafetyNote(c), c.status())).toList();
    }

    /** The file of a client the caller sees, or holds a break-glass grant for; else a 404 problem. */
    @Transactional
    public ClientView read(UUID id) {
        Candidate c = scope.requireReadable(id);
        audit.candidate(AuditAction.READ, c, ClientScope.PURPOSE);
        return files.view(c);
    }

    /** A change to a client the caller sees (else 404), audited; answers the file as it now is. */
    @Transactional
    public ClientView change(UUID id, Consumer<Candidate> change) {
        Candidate c = scope.require(id);
        try {
            change.accept(c);
        } catch (IllegalStateException refused) {
            throw ProblemException.conflict(refused.getMessage());
        }
        audit.candidate(AuditAction.UPDATE, c, ClientScope.PURPOSE);
        return files.view(c);
    }
}
