package nl.zvh.trafficking.signal;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.platform.security.CurrentUser;

/**
 * Which signals the caller may see, enforced in the query: the house's trafficking coordinators see all signals of
 * their house; a partner system sees only the signals its own organisation posted through the API. Anything else is
 * "not found".
 */
@RequestScoped
public class SignalScope {
    public static final String COORDINATOR = "trafficking-coordinator";
    public static final String PARTNER = "partner-system";

    @Inject
    CurrentUser user;

    public boolean isCoordinator() {
        return user.hasRole(COORDINATOR);
    }

    public Optional<Signal> find(UUID id) {
        return Signal.find("id = :id and " + where(), parameters().and("id", id)).firstResultOptional();
    }

    /** A signal of the coordinator's house (for changes: coordinators only). */
    public Signal requireForCoordinator(UUID id) {
        return Signal.<Signal>find("id = ?1 and house = ?2 and erasedAt is null", id, user.requireHouse())
                .firstResultOptional()
                .orElseThrow(() -> nl.zvh.platform.problem.ProblemException.notFound("signal " + id));
    }

    String where() {
        return isCoordinator()
                ? "house = :house and erasedAt is null"
                : "house = :house and erasedAt is null and reporterOrganisation = :organisation and channel = :channel";
    }

    Parameters parameters() {
        Parameters parameters = Parameters.with("house", user.requireHouse());
        return isCoordinator()
                ? parameters
                : parameters.and("organisation", user.requireOrganisation()).and("channel", Channel.PARTNER_API);
    }
}
