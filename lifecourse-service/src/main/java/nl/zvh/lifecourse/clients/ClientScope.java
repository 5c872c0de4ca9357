package nl.zvh.lifecourse.clients;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.Candidate;
import nl.zvh.lifecourse.candidates.CandidateStatus;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Which clients (open or closed) the caller sees, enforced in the query: a coordinator every client of the house; a case
 * manager only the clients assigned to them (username = token's preferred username or subject, AND organisation).
 * Anything else is "not found".
 */
@RequestScoped
public class ClientScope {
    /** The purpose every read or change of a client file is audited with. */
    public static final String PURPOSE = "life-course-follow-up";

    private static final String ASSIGNED = " and exists (select 1 from CaseManager m where m.client = c"
            + " and m.endedAt is null and lower(m.organisation) = lower(:organisation)"
            + " and lower(m.username) in (:usernames))";

    /** The statuses that have a client file: open, and closed (kept, read-only). */
    private static final List<CandidateStatus> FILES = List.of(CandidateStatus.INCLUDED, CandidateStatus.CLOSED);

    @Inject
    CurrentUser user;

    public boolean isCoordinator() {
        return user.hasRole("lifecourse-coordinator");
    }

    private String where() {
        return "c.house = :house and c.erasedAt is null and c.status in (:statuses)"
                + (isCoordinator() ? "" : ASSIGNED);
    }

    private Parameters parameters() {
        Parameters p = Parameters.with("house", user.requireHouse()).and("statuses", FILES);
        return isCoordinator()
                ? p
                : p.and("organisation", user.requireOrganisation()).and("usernames",
                        List.of(user.name().toLowerCase(), user.id().toLowerCase()));
    }

    public List<Candidate> list() {
        return Candidate
                .<Candidate>find("select c from Candidate c where " + where() + " order by c.lastName", parameters())
                .list();
    }

    /** For reading only: the client the caller sees, else a 404 problem (no emergency access: ClientBreakGlass). */
    public Candidate requireReadable(UUID id) {
        return require(id);
    }

    /** The client when the caller sees it, else a 404 problem. */
    public Candidate require(UUID id) {
        return Candidate
                .<Candidate>find("select c from Candidate c where c.id = :id and " + where(),
                        parameters().and("id", id))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("client " + id));
    }
}
