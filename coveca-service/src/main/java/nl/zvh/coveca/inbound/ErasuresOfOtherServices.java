package nl.zvh.coveca.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseErasure;
import nl.zvh.platform.retention.ErasureFollower;
import nl.zvh.platform.retention.PersonDataErased;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code PersonDataErased} of other services: a closed case that came from an erased referral or an erased
 * re-integration track is anonymised too. An open case is never erased by another service's clock.
 */
@ApplicationScoped
public class ErasuresOfOtherServices extends ErasureFollower {
    static final String REINTEGRATION_TRACK = "reintegration-track";

    @Inject
    CaseErasure erasure;

    @Incoming("erasure-events")
    @Blocking
    public void on(String json) {
        follow(json);
    }

    @Override
    protected List<UUID> touchedBy(String house, PersonDataErased erased) {
        List<UUID> sources = new ArrayList<>(erased.referralIds());
        if (REINTEGRATION_TRACK.equals(erased.recordType())) {
            sources.add(uuid(erased.recordId()));
        }
        List<UUID> cases = new ArrayList<>();
        for (UUID source : sources) {
            cases.addAll(erasure.closedFrom(house, source));
        }
        return cases;
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            return new UUID(0, 0);
        }
    }
}
